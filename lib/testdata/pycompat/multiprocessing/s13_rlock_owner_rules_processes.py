import multiprocessing as mp

def try_release(lock, q):
    try:
        lock.release()
        q.put("released")
    except Exception as e:
        q.put(type(e).__name__ + ": " + str(e))

def try_acquire(lock, q):
    q.put(("acquire(timeout=0.1)", lock.acquire(timeout=0.1)))

if __name__ == "__main__":
    q = mp.Queue()
    r = mp.RLock()
    r.acquire()
    r.acquire()
    for target in (try_release, try_acquire):
        p = mp.Process(target=target, args=(r, q))
        p.start()
        p.join()
        print(target.__name__, q.get(), p.exitcode)
    r.release()
    r.release()
    try:
        r.release()
    except AssertionError as e:
        print("parent:", type(e).__name__ + ":", e)
    l = mp.Lock()
    l.acquire()
    p = mp.Process(target=try_release, args=(l, q))
    p.start()
    p.join()
    print("plain Lock released by a child:", q.get(), "parent can take it:", l.acquire(block=False))
