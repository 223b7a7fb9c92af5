import threading

b = threading.BoundedSemaphore(3)
for _ in range(3):
    b.acquire()
b.release(2)
print("value", b._value)
for n in (2, 1, 5):
    try:
        b.release(n)
        print("release", n, "ok, value", b._value)
    except ValueError as e:
        print("release", n, type(e).__name__, e, "value", b._value)
try:
    b.release(0)
except ValueError as e:
    print("release 0", type(e).__name__, e)
