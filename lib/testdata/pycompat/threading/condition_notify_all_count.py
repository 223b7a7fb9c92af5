import threading

cond = threading.Condition()
arrived = 0
released = 0
go = False

def waiter():
    global arrived, released
    with cond:
        arrived += 1
        cond.notify_all()
        cond.wait_for(lambda: go)
        released += 1

ts = [threading.Thread(target=waiter) for _ in range(4)]
for t in ts:
    t.start()
with cond:
    cond.wait_for(lambda: arrived == 4)
    go = True
    cond.notify_all()
for t in ts:
    t.join()
print("released", released)
