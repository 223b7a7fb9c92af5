import threading

def show(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

lock = threading.Lock()
show(lambda: lock.acquire(timeout=-2))
show(lambda: lock.acquire(timeout=-1))
show(lock.release)
show(lock.release)
show(threading.RLock().release)
show(lambda: threading.Semaphore(-3))
show(lambda: threading.Semaphore(2).release(0))
show(threading.BoundedSemaphore(2).release)
show(threading.Condition().wait)
show(threading.Condition().notify_all)
show(threading.current_thread().join)
show(threading.Thread().join)
