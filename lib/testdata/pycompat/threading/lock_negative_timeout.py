import threading

lock = threading.Lock()
for t in (-2, -0.5):
    try:
        lock.acquire(timeout=t)
    except ValueError as e:
        print("timeout=%s: ValueError: %s" % (t, e))
print(lock.locked())
print(lock.acquire(timeout=-1), lock.locked())
lock.release()
r = threading.RLock()
try:
    r.acquire(timeout=-3)
except ValueError as e:
    print("RLock: ValueError:", e)
