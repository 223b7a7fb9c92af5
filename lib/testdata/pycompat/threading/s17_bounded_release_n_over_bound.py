import threading

b = threading.BoundedSemaphore(3)
b.acquire()
b.acquire()
try:
    b.release(3)
except ValueError as e:
    print("ValueError:", e)
print(b._value)
b.release(2)
print(b._value)
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
print(b._value)
