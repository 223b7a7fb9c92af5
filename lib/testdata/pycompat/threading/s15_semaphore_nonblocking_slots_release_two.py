import threading

s = threading.Semaphore(3)
print([s.acquire(blocking=False) for _ in range(4)], s._value)
print(s.acquire(timeout=0.05))
s.release(2)
print(s._value, s.acquire(False), s._value)
b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
print(b._value)
