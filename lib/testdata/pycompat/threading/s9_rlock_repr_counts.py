import threading, re

r = threading.RLock()
def show():
    s = re.sub(r" at 0x[0-9a-f]+", "", repr(r))
    s = re.sub(r"owner=\d+", "owner=N", s)
    print(s.replace("_thread.RLock object", "RLock"))
show()
r.acquire()
show()
r.acquire()
show()
r.release()
r.release()
show()
