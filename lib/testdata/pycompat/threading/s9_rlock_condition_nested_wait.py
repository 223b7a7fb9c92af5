import threading

r = threading.RLock()
c = threading.Condition(r)
flag = []

def setter():
    with c:
        flag.append(1)
        c.notify()

with r:
    with r:
        t = threading.Thread(target=setter)
        t.start()
        print(c.wait_for(lambda: len(flag) > 0, timeout=5))
        print(repr(r).split()[0], r._is_owned())
t.join()
print(repr(r).split()[0])
