import threading

b = threading.BoundedSemaphore(4)
for _ in range(4):
    b.acquire()
print(b._value)
b.release(3)
print(b._value)
try:
    b.release(2)
except ValueError as e:
    print("ValueError:", e, b._value)
b.release(1)
print(b._value)
try:
    b.release()
except ValueError as e:
    print("ValueError:", e, b._value)
try:
    b.release(0)
except ValueError as e:
    print("ValueError:", e)
