import threading
import re

gate = threading.Event()
t = threading.Thread(target=gate.wait, name="worker-A", daemon=True)


def show(x):
    print(re.sub(r"(started|stopped)( daemon)? \d+", r"\1\2 ID", repr(x)))


show(t)
t.start()
show(t)
gate.set()
t.join()
show(t)
u = threading.Thread(target=lambda: None, name="plain")
show(u)
u.start()
u.join()
show(u)
