import multiprocessing

def try_lock(lock, q):
    q.put(lock.acquire(timeout=0.1))
    q.put(lock.acquire(block=False))

if __name__ == "__main__":
    lock = multiprocessing.Lock()
    q = multiprocessing.Queue()
    lock.acquire()
    p = multiprocessing.Process(target=try_lock, args=(lock, q))
    p.start()
    p.join()
    print(q.get(), q.get())
    lock.release()
    p = multiprocessing.Process(target=try_lock, args=(lock, q))
    p.start()
    p.join()
    print(q.get(), q.get())
    print(lock.acquire(block=False))
