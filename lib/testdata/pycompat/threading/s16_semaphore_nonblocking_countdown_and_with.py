import threading

s = threading.Semaphore(3)
print([s.acquire(blocking=False) for _ in range(4)])
s.release()
with s:
    print("inside with, another try:", s.acquire(False))
print("after with:", s.acquire(False), s.acquire(False))
s.release()
try:
    with s:
        raise KeyError("inside")
except KeyError:
    pass
print("released on exception:", s.acquire(False))
