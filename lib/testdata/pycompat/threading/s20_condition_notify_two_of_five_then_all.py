import threading
import time

c = threading.Condition()
woken = []
waiting = [0]

def w(i):
    with c:
        waiting[0] += 1
        c.wait()
        woken.append(i)

ts = [threading.Thread(target=w, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
    while True:
        with c:
            if waiting[0] == ts.index(t) + 1:
                break
        time.sleep(0.001)
with c:
    c.notify(2)
time.sleep(0.1)
with c:
    print(sorted(woken), len(c._waiters))
    c.notify(0)
    c.notify(-1)
    print(len(c._waiters))
    c.notify_all()
for t in ts:
    t.join()
print(sorted(woken[:2]) == [0, 1], sorted(woken), len(c._waiters))
