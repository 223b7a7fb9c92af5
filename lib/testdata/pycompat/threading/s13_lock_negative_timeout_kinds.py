import threading

for name, cls in (("Lock", threading.Lock), ("RLock", threading.RLock)):
    l = cls()
    print(name, "timeout=-1 on free:", l.acquire(timeout=-1))
    l.release()
    for t in (-2, -0.5):
        try:
            l.acquire(timeout=t)
        except ValueError as e:
            print(name, "timeout", t, type(e).__name__ + ":", e)
    print(name, "locked after errors:", "unlocked" not in repr(l))
