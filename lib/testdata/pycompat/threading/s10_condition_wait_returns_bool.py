import threading

c = threading.Condition(threading.Lock())
with c:
    print(c.wait(0.01))
    t = threading.Timer(0.01, lambda: (c.acquire(), c.notify(), c.release()))
    t.start()
    print(c.wait(10))
t.join()
try:
    c.wait(0.01)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c.notify_all()
except RuntimeError as e:
    print("RuntimeError:", e)
