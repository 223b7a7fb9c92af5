import threading

l = threading.Lock()
c = threading.Condition(l)
with c:
    print(l.locked())
print(l.locked())
c.acquire()
print(l.locked(), c.acquire(False))
c.release()
print(l.locked())
