import threading

buf = []
cap = 2
cond = threading.Condition()
got = []

def producer():
    for i in range(10):
        with cond:
            cond.wait_for(lambda: len(buf) < cap)
            buf.append(i)
            cond.notify_all()
    with cond:
        cond.wait_for(lambda: len(buf) < cap)
        buf.append(None)
        cond.notify_all()

def consumer():
    while True:
        with cond:
            cond.wait_for(lambda: buf)
            x = buf.pop(0)
            cond.notify_all()
        if x is None:
            return
        got.append(x * x)

p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
c.start(); p.start()
p.join(); c.join()
print(got, buf)
