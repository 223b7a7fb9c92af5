import threading

c = threading.Condition()
woken = []
ready = []

def w(i):
    with c:
        ready.append(i)
        c.wait(30)
        woken.append(i)

ts = [threading.Thread(target=w, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
while True:
    with c:
        if len(ready) == 4:
            break
with c:
    c.notify(2)
while True:
    with c:
        if len(woken) == 2:
            break
with c:
    print(len(woken))
    c.notify(0)
    c.notify_all()
for t in ts:
    t.join()
print(sorted(woken))
