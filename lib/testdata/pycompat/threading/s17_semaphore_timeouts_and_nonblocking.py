import threading

s = threading.Semaphore(1)
print(s.acquire(blocking=False), s.acquire(blocking=False), s.acquire(timeout=0), s.acquire(timeout=0.01))
s.release()
print(s.acquire(timeout=30))
