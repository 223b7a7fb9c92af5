import threading

e = threading.Event()
print(e.wait(-1))
s = threading.Semaphore(0)
print(s.acquire(timeout=-2))
c = threading.Condition()
with c:
    print(c.wait(-1))
    print(c.wait_for(lambda: False, timeout=-1))
go = threading.Event()
t = threading.Thread(target=go.wait)
t.start()
t.join(-1)
print(t.is_alive())
go.set()
t.join()
print(t.is_alive())
