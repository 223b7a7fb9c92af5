import threading

r = threading.RLock()
cond = threading.Condition(r)
ready = []
probe = []


def notifier():
    with cond:
        ready.append("go")
        cond.notify()


def try_take():
    probe.append(r.acquire(blocking=False))


with cond:
    with cond:
        t = threading.Thread(target=notifier)
        t.start()
        print("woke:", cond.wait_for(lambda: len(ready) > 0, timeout=30), ready)
        t.join()
        p = threading.Thread(target=try_take)
        p.start()
        p.join()
    p = threading.Thread(target=try_take)
    p.start()
    p.join()
p = threading.Thread(target=try_take)
p.start()
p.join()
print("other thread could take it (two levels, one level, none):", probe)
