import multiprocessing

# A SimpleQueue: its put writes to the pipe before it returns, so what a
# process puts while it holds the lock is in the queue before the next one
# takes the lock (a Queue's put hands the item to a feeder thread).

def critical(lock, q, i):
    with lock:
        q.put(("enter", i))
        q.put(("leave", i))

if __name__ == "__main__":
    lock = multiprocessing.Lock()
    q = multiprocessing.SimpleQueue()
    ps = [multiprocessing.Process(target=critical, args=(lock, q, i)) for i in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    events = [q.get() for _ in range(6)]
    ok = all(events[k][0] == "enter" and events[k + 1] == ("leave", events[k][1]) for k in range(0, 6, 2))
    print(ok, sorted(e[1] for e in events if e[0] == "enter"))
