import threading

cond = threading.Condition(threading.Lock())
with cond:
    cond.notify()
    cond.notify(5)
    cond.notify_all()
    print("no waiters: fine")
print(cond.acquire(blocking=False))
cond.release()
