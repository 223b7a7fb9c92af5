import threading

b = threading.BoundedSemaphore(2)
with b:
    with b:
        print("inside both:", b._value, b.acquire(blocking=False), b.acquire(timeout=0))
    print("one left:", b._value)
print("after:", b._value)
try:
    b.release()
except ValueError as e:
    print(type(e).__name__ + ":", e, b._value)
