import threading

lock = threading.Lock()
r = threading.RLock()
try:
    with lock:
        with r:
            raise ValueError("inside")
except ValueError as e:
    print("caught", e)
print(lock.locked(), r.acquire(blocking=False))
r.release()
