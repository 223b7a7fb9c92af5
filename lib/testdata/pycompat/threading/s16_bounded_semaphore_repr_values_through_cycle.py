import threading
import re


def show(s):
    print(re.sub(r" at 0x[0-9a-f]+", "", repr(s)).replace("threading.", ""))


b = threading.BoundedSemaphore(3)
show(b)
b.acquire()
b.acquire()
show(b)
b.release(2)
show(b)
s = threading.Semaphore()
show(s)
s.acquire()
show(s)
s.release(5)
show(s)
