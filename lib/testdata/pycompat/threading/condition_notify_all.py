import threading

cond = threading.Condition()
ready = False
count = 0
woken = []

def waiter(i):
    global count
    with cond:
        count += 1
        cond.notify_all()
        cond.wait_for(lambda: ready)
        woken.append(i)

ts = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
with cond:
    cond.wait_for(lambda: count == 4)
    ready = True
    cond.notify_all()
for t in ts:
    t.join()
print(sorted(woken))
