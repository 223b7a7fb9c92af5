import threading

s = threading.Semaphore(2)
b = threading.BoundedSemaphore(1)
for sem, name in ((s, "Semaphore"), (b, "BoundedSemaphore")):
    try:
        with sem:
            print(name, "inside, value", sem._value)
            raise KeyError("boom")
    except KeyError as e:
        print(name, "caught", type(e).__name__, e, "value", sem._value)
print(s.acquire(blocking=False), s.acquire(blocking=False), s.acquire(blocking=False))
