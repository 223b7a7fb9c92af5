import threading
import re


def show(x):
    print(re.sub(r" at 0x[0-9a-f]+", "", repr(x)).replace("threading.", ""))


e = threading.Event()
show(e)
e.set()
show(e)
b = threading.Barrier(2)
show(b)
t = threading.Thread(target=b.wait)
t.start()
while b.n_waiting < 1:
    pass
show(b)
b.wait()
t.join()
show(b)
b.abort()
show(b)
