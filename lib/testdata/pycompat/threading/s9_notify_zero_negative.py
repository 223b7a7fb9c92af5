import threading

c = threading.Condition()
with c:
    c.notify(0)
    c.notify(-1)
    print("ok")
    print(c.wait(0))
