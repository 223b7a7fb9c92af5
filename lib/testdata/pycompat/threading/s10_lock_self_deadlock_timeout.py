import threading

lock = threading.Lock()
print(lock.acquire())
print(lock.acquire(timeout=0.01))
print(lock.acquire(blocking=False))
print(lock.locked())
lock.release()
print(lock.locked(), lock.acquire(blocking=False))
lock.release()
r = threading.RLock()
print(r.acquire(), r.acquire(timeout=0.01), r.acquire(blocking=False))
for _ in range(3):
    r.release()
print(r.acquire(blocking=False))
r.release()
