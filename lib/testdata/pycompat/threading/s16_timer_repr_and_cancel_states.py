import threading
import re


def show(x):
    print(re.sub(r"(started|stopped)( daemon)? \d+", r"\1\2 ID", repr(x)), x.is_alive())


fired = threading.Event()
t = threading.Timer(30, fired.set)
show(t)
t.start()
show(t)
t.cancel()
t.join()
show(t)
print("fired:", fired.is_set(), "name:", t.name.startswith("Thread-"))
t2 = threading.Timer(0.05, fired.set)
t2.daemon = True
t2.start()
t2.join()
show(t2)
print("fired:", fired.is_set())
