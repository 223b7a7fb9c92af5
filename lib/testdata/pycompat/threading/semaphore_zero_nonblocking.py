import threading

s = threading.Semaphore(0)
print(s.acquire(blocking=False), s.acquire(timeout=0), s.acquire(timeout=0.01))
s.release()
print(s.acquire(blocking=False), s.acquire(blocking=False))
b = threading.BoundedSemaphore(1)
print(b.acquire(timeout=0), b.acquire(timeout=0.01))
b.release()
print(b.acquire(blocking=False))
