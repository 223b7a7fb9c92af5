import threading

lock = threading.Lock()
rlock = threading.RLock()


def risky(l):
    with l:
        raise ValueError("inside")


for l in (lock, rlock):
    try:
        risky(l)
    except ValueError as e:
        print(type(l).__name__.lstrip("_"), e, "released:", l.acquire(blocking=False))
        l.release()
