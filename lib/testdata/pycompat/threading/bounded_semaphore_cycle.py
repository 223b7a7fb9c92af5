import threading

b = threading.BoundedSemaphore(2)
print(b._value)
b.acquire()
b.acquire()
print(b._value, b.acquire(blocking=False))
b.release()
b.release()
print(b._value)
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
print(b._value)
b.acquire()
try:
    b.release(2)
except ValueError as e:
    print("ValueError:", e)
print(b._value)
