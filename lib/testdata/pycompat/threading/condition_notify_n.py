import threading

lock = threading.Lock()
cond = threading.Condition(lock)
back = threading.Condition(lock)
waiting = 0
woken = 0

def waiter():
    global waiting, woken
    with cond:
        waiting += 1
        back.notify()
        cond.wait()
        woken += 1
        back.notify()

ts = [threading.Thread(target=waiter) for _ in range(5)]
for t in ts:
    t.start()
with cond:
    back.wait_for(lambda: waiting == 5)
    cond.notify(2)
    back.wait_for(lambda: woken == 2)
    print("woken after notify(2):", woken)
    cond.notify(10)
    back.wait_for(lambda: woken == 5)
    print("woken after notify(10):", woken)
for t in ts:
    t.join()
