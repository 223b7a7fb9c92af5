import multiprocessing as mp

def over(sem, q):
    try:
        sem.release()
        q.put("released")
    except ValueError as e:
        q.put(type(e).__name__ + ": " + str(e))
    q.put(sem.get_value())

if __name__ == "__main__":
    sem = mp.BoundedSemaphore(2)
    q = mp.Queue()
    p = mp.Process(target=over, args=(sem, q))
    p.start()
    print(q.get(timeout=30), q.get(timeout=30))
    p.join()
    sem.acquire()
    p = mp.Process(target=over, args=(sem, q))
    p.start()
    print(q.get(timeout=30), q.get(timeout=30))
    p.join()
    print("parent value", sem.get_value())
