import threading

s = threading.Semaphore()
print(s.acquire(False), s.acquire(False))
s.release()
b = threading.BoundedSemaphore()
print(b.acquire(timeout=0), b.acquire(timeout=0))
b.release()
try:
    b.release()
except ValueError as e:
    print(e)
z = threading.Semaphore(0)
print(z.acquire(timeout=0.05))
z.release(3)
print([z.acquire(False) for _ in range(4)])
