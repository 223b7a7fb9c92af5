import threading, re

def show(x):
    print(re.sub(r" object at 0x[0-9a-f]+", "", repr(x)).replace("_thread.lock", "Lock"))

l = threading.Lock()
show(l)
l.acquire()
show(l)
l.release()
show(l)
