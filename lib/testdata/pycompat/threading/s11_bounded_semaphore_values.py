import threading

sem = threading.BoundedSemaphore(2)
print(sem._value)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
print(sem._value)
sem.release()
sem.release()
print(sem._value)
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)
print(sem._value)
with sem:
    print("in with", sem._value)
print(sem._value)
