import threading

lock = threading.Lock()
print(lock.acquire(blocking=False))
print(lock.acquire(blocking=False))
print(lock.locked())
lock.release()
print(lock.locked())
print(lock.acquire(timeout=0.05))
print(lock.acquire(timeout=0.05))
lock.release()
