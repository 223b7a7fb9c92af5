import multiprocessing

def show(fn):
    try:
        fn()
    except Exception as e:
        print("%s: %s" % (type(e).__name__, e))

if __name__ == "__main__":
    show(multiprocessing.RLock().release)
    show(multiprocessing.BoundedSemaphore(1).release)
    show(multiprocessing.Lock().release)
    show(multiprocessing.JoinableQueue().task_done)
    s = multiprocessing.Semaphore(2)
    print(s.get_value(), s.acquire(), s.get_value(), s.acquire(timeout=0.01), s.acquire(False), s.get_value())
    s.release()
    print(s.get_value())
