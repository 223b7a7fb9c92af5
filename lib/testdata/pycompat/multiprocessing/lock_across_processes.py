import multiprocessing

def hold(lock, held, go):
    lock.acquire()
    held.set()
    go.wait()
    lock.release()

def free(lock):
    lock.release()

if __name__ == "__main__":
    lock = multiprocessing.Lock()
    held = multiprocessing.Event()
    go = multiprocessing.Event()
    p = multiprocessing.Process(target=hold, args=(lock, held, go))
    p.start()
    held.wait()
    print(lock.acquire(timeout=0.05), lock.acquire(False))
    go.set()
    print(lock.acquire(timeout=30))
    p.join()
    q = multiprocessing.Process(target=free, args=(lock,))
    q.start()
    q.join()
    print(q.exitcode, lock.acquire(False))
    lock.release()
