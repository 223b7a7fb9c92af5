import threading

sem = threading.Semaphore(2)
print([sem.acquire(blocking=False) for _ in range(3)])
sem.release()
print(sem.acquire(False), sem.acquire(False))
sem.release(2)
print(sem.acquire(timeout=0), sem.acquire(timeout=0.05), sem.acquire(timeout=0.05))
b = threading.BoundedSemaphore(1)
print(b.acquire(False), b.acquire(False))
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
