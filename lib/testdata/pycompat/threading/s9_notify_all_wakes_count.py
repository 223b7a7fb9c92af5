import threading

c = threading.Condition()
ready = []
woke = []

def waiter(i):
    with c:
        ready.append(i)
        c.wait()
        woke.append(i)

ts = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
while True:
    with c:
        if len(ready) == 4:
            c.notify_all()
            break
for t in ts:
    t.join()
print(sorted(woke))
