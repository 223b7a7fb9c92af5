import threading, re

def show(x):
    s = re.sub(r" at 0x[0-9a-f]+", "", repr(x))
    s = re.sub(r"owner=\d+", "owner=N", s)
    print(s.replace("_thread.RLock object", "RLock").replace("_thread.lock object", "Lock"))

c = threading.Condition()
show(c)
with c:
    show(c)
l = threading.Lock()
d = threading.Condition(l)
show(d)
l.acquire()
show(d)
l.release()
