import multiprocessing as mp


def try_lock(lock, q):
    q.put(("first", lock.acquire(timeout=0.1)))
    q.put(("nonblocking", lock.acquire(False)))
    q.put(("second", lock.acquire(timeout=30)))
    lock.release()


if __name__ == "__main__":
    lock = mp.Lock()
    q = mp.Queue()
    lock.acquire()
    p = mp.Process(target=try_lock, args=(lock, q))
    p.start()
    print(q.get(timeout=30))
    print(q.get(timeout=30))
    lock.release()
    print(q.get(timeout=30))
    p.join()
    print(p.exitcode, lock.acquire(False))
    lock.release()
