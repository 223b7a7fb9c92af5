import threading

sem = threading.Semaphore(0)
print(sem.acquire(blocking=False), sem.acquire(timeout=0.01))
sem.release(3)
print(sem._value)
got = [sem.acquire(blocking=False) for _ in range(4)]
print(got, sem._value)
try:
    sem.release(0)
except ValueError as e:
    print("ValueError:", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
