import threading

r = threading.RLock()
c = threading.Condition(r)
c.acquire()
c.acquire()
t = threading.Timer(0.02, lambda: (c.acquire(), c.notify(), c.release()))
t.start()
print(c.wait(30))
t.join()
c.release()
c.release()
try:
    c.release()
except RuntimeError as e:
    print("RuntimeError:", e)
