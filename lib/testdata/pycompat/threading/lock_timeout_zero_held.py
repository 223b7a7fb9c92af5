import threading

lock = threading.Lock()
lock.acquire()
print(lock.acquire(timeout=0), lock.acquire(blocking=False), lock.acquire(timeout=0.01))
print(lock.locked())
lock.release()
print(lock.acquire(timeout=0), lock.locked())
lock.release()
print(lock.locked())
