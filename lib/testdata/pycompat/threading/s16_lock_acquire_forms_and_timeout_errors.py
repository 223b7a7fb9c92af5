import threading

lock = threading.Lock()
print(lock.acquire(), lock.acquire(blocking=False), lock.acquire(timeout=0.1), lock.acquire(True, 0))
try:
    lock.acquire(timeout=-2)
except ValueError as e:
    print("ValueError:", e)
print("locked:", lock.locked())
lock.release()
print("locked:", lock.locked(), lock.acquire(timeout=-1))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
