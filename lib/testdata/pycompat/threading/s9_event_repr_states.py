import threading, re

def show(x):
    print(re.sub(r" at 0x[0-9a-f]+", "", repr(x)).replace("threading.", ""))

e = threading.Event()
show(e)
e.set()
show(e)
e.clear()
show(e)
