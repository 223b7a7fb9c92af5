import threading

b = threading.BoundedSemaphore(2)
for n in (1, 2, 3):
    try:
        b.release(n)
    except ValueError as e:
        print("release(%d): ValueError: %s" % (n, e))
print(b._value)
b.acquire()
b.acquire()
b.release(2)
print(b._value)
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
