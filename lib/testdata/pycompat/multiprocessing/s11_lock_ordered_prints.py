import multiprocessing

def speak(lock, q, i):
    with lock:
        q.put("start %d" % i)
        q.put("end %d" % i)
        # put hands the item to a feeder thread: wait until both are in the
        # pipe before letting the next process in.
        q.close()
        q.join_thread()

if __name__ == "__main__":
    lock = multiprocessing.Lock()
    q = multiprocessing.Queue()
    ps = [multiprocessing.Process(target=speak, args=(lock, q, i)) for i in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    msgs = [q.get() for _ in range(6)]
    pairs = all(msgs[k].split()[1] == msgs[k + 1].split()[1] for k in range(0, 6, 2))
    print(pairs, sorted(msgs))
