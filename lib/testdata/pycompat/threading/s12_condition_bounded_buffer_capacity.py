import threading

cap = 2
buf = []
cond = threading.Condition()
peak = 0
got = []

def producer():
    global peak
    for i in range(10):
        with cond:
            cond.wait_for(lambda: len(buf) < cap)
            buf.append(i)
            peak = max(peak, len(buf))
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
            break
        got.append(x)

p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
c.start(); p.start()
p.join(); c.join()
print(got, peak <= cap, buf)
