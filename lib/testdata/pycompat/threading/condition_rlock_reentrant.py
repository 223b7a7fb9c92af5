import threading

r = threading.RLock()
cond = threading.Condition(r)
ready = []

def waiter():
    with cond:
        with cond:
            cond.wait_for(lambda: ready)
            print("woken, lock held twice:", r._is_owned())

t = threading.Thread(target=waiter)
t.start()
with cond:
    ready.append(1)
    cond.notify_all()
t.join()
print(r.acquire(blocking=False))
r.release()
