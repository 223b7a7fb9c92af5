import multiprocessing as mp


def child(lock, rlock, q):
    with lock:
        q.put(repr(lock))
    rlock.acquire()
    q.put(repr(rlock))
    rlock.release()


if __name__ == "__main__":
    lock, rlock = mp.Lock(), mp.RLock()
    print(lock, rlock)
    lock.acquire()
    rlock.acquire()
    rlock.acquire()
    print(lock, rlock)
    lock.release()
    rlock.release()
    rlock.release()
    s = mp.Semaphore(3)
    s.acquire()
    print(s, s.get_value(), mp.BoundedSemaphore(2), mp.Condition())
    q = mp.Queue()
    p = mp.Process(target=child, args=(lock, rlock, q), name="Kid")
    p.start()
    print(q.get())
    print(q.get())
    p.join()
    print("after:", lock, rlock)
