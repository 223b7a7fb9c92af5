import threading

# A Condition over a plain Lock cannot tell who holds the lock: Python
# checks only that it is locked, so another thread may notify.
c = threading.Condition(threading.Lock())
out = []

def other():
    try:
        c.notify()
        out.append("notified")
    except RuntimeError as e:
        out.append("RuntimeError: " + str(e))

with c:
    t = threading.Thread(target=other)
    t.start()
    t.join()
t = threading.Thread(target=other)
t.start()
t.join()
r = threading.Condition(threading.RLock())
r.acquire()

def other_r():
    try:
        r.notify()
        out.append("notified")
    except RuntimeError as e:
        out.append("RuntimeError: " + str(e))

t = threading.Thread(target=other_r)
t.start()
t.join()
r.release()
print(out)
