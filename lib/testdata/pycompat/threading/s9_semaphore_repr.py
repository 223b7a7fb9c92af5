import threading, re

def show(x):
    print(re.sub(r" at 0x[0-9a-f]+", "", repr(x)).replace("threading.", ""))

s = threading.Semaphore(2)
show(s)
s.acquire()
show(s)
b = threading.BoundedSemaphore(3)
b.acquire()
b.acquire()
show(b)
