import multiprocessing as mp


def show(g):
    try:
        print(repr(g()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


if __name__ == "__main__":
    show(mp.Lock().release)
    show(mp.RLock().release)
    show(mp.BoundedSemaphore(1).release)
    show(mp.Condition().wait)
    show(mp.Condition().notify)
    show(mp.Condition().notify_all)
    show(lambda: mp.Value("i", 1).get_lock().release())
    show(lambda: mp.Event().wait(0))
    s = mp.Semaphore(2)
    show(lambda: (s.acquire(), s.acquire(), s.acquire(timeout=0.01)))
    show(s.get_value)
