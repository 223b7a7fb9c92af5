import threading

c = threading.Condition(threading.Lock())
with c:
    r = c.wait(0.01)
    print(r, c._lock.locked())
with c:
    t = threading.Timer(0.02, lambda: (c.acquire(), c.notify(), c.release()))
    t.start()
    print(c.wait(30), c._lock.locked())
t.join()
print(c._lock.locked(), c.acquire(False), c.acquire(False))
c.release()
