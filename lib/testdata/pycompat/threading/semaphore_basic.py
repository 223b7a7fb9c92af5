import threading

s = threading.Semaphore(2)
print(s.acquire())
print(s.acquire(blocking=False))
print(s.acquire(blocking=False))
print(s.acquire(timeout=0.05))
s.release()
print(s.acquire(timeout=0.05))
s.release(2)
print(s.acquire(blocking=False), s.acquire(blocking=False), s.acquire(blocking=False))
