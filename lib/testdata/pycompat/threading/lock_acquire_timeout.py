import threading

lock = threading.Lock()
print(lock.locked(), lock.acquire(), lock.locked())
print(lock.acquire(timeout=0.01), lock.acquire(blocking=False), lock.acquire(False))
lock.release()
print(lock.locked(), lock.acquire(timeout=1), lock.locked())
lock.release()
with lock:
    print("in with:", lock.locked())
print("after with:", lock.locked())
