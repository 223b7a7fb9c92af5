import threading
lock = threading.RLock()
cond = threading.Condition(lock)
box = []
def produce():
    with cond:
        with lock:
            box.append("item")
            cond.notify()
t = threading.Thread(target=produce)
with cond:
    t.start()
    ok = cond.wait_for(lambda: box, timeout=5)
t.join()
print(bool(ok), box)
