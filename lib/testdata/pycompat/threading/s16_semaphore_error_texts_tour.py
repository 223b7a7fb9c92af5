import threading

for make, arg in [(threading.Semaphore, -1), (threading.BoundedSemaphore, -2)]:
    try:
        make(arg)
    except ValueError as e:
        print(make.__name__, arg, "->", e)

s = threading.Semaphore(0)
for n in (0, -1):
    try:
        s.release(n)
    except ValueError as e:
        print("release(%d) ->" % n, e)
s.release(3)
print("three acquires:", [s.acquire(blocking=False) for _ in range(4)])

bs = threading.BoundedSemaphore(2)
bs.acquire()
try:
    bs.release(2)
except ValueError as e:
    print("bounded release(2) with one taken ->", e)
print("still one free slot:", bs.acquire(blocking=False), bs.acquire(blocking=False))
bs.release(2)
try:
    bs.release()
except ValueError as e:
    print("bounded over-release ->", e)
