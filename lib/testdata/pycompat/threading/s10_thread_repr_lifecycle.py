import threading, re

ev = threading.Event()
t = threading.Thread(target=ev.wait, name="job", daemon=True)
def show(x):
    print(re.sub(r"\d+", "N", repr(x)))
show(t)
t.start()
show(t)
ev.set()
t.join()
show(t)
u = threading.Thread(target=ev.wait, name="plain")
show(u)
