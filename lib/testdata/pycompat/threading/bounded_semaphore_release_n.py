import threading

b = threading.BoundedSemaphore(3)
b.acquire()
b.acquire()
try:
    b.release(3)
except ValueError as e:
    print("ValueError:", e)
print(b.acquire(blocking=False), b.acquire(blocking=False), b.acquire(blocking=False))
b.release(1)
print(b.acquire(blocking=False))
