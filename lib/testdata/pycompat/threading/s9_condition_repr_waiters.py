import threading, re

c = threading.Condition(threading.Lock())
ready = threading.Event()

def w():
    with c:
        ready.set()
        c.wait()

t = threading.Thread(target=w)
t.start()
ready.wait()
with c:
    print(re.sub(r"<.*>, ", "<lock>, ", repr(c)))
    c.notify()
t.join()
print(re.sub(r"<.*>, ", "<lock>, ", repr(c)))
