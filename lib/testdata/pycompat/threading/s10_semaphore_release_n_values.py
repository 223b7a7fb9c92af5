import threading

s = threading.Semaphore(0)
print(s.acquire(blocking=False))
s.release(3)
print(s._value)
print([s.acquire(blocking=False) for _ in range(4)])
try:
    s.release(0)
except ValueError as e:
    print("ValueError:", e)
b = threading.BoundedSemaphore(3)
b.acquire(); b.acquire()
b.release(2)
print(b._value)
try:
    b.release(1)
except ValueError as e:
    print("ValueError:", e)
print(b._value)
