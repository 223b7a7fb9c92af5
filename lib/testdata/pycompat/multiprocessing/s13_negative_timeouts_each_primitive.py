import multiprocessing as mp, time
if __name__ == "__main__":
    l = mp.Lock()
    print(l.acquire(timeout=-1))
    t = time.monotonic(); r = l.acquire(timeout=-1); print("held, timeout=-1:", r, time.monotonic() - t < 0.5)
    r = l.acquire(block=False, timeout=5); print("block=False timeout=5:", r)
    l.release()
    rl = mp.RLock(); print("rlock -1:", rl.acquire(timeout=-1))
    s = mp.Semaphore(0); t = time.monotonic(); print("sem -1:", s.acquire(timeout=-1), time.monotonic() - t < 0.5)
    e = mp.Event(); t = time.monotonic(); print("event -1:", e.wait(-1), time.monotonic() - t < 0.5)
    c = mp.Condition()
    with c:
        t = time.monotonic(); print("cond -1:", c.wait(-1), time.monotonic() - t < 0.5)
    q = mp.Queue()
    try: q.get(timeout=-1)
    except Exception as ex: print("queue -1:", type(ex).__name__)
    b = mp.Barrier(2)
    try: b.wait(timeout=-1)
    except Exception as ex: print("barrier -1:", type(ex).__name__, b.broken)
