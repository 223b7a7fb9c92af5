import threading

c = threading.Condition()
with c:
    c.notify()
    c.notify_all()
    print(c.wait(0.05))
flag = []
def setter():
    with c:
        flag.append(1)
        c.notify()
t = threading.Thread(target=setter)
t.start()
t.join()
with c:
    print(c.wait(0.05), flag, c.wait_for(lambda: flag, timeout=0.05))
