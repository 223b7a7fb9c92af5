import threading
cond = threading.Condition()
woken = []
ready = threading.Semaphore(0)
def waiter(i):
    with cond:
        ready.release()
        cond.wait()
        woken.append(i)
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in ts: t.start()
for _ in ts: ready.acquire()
with cond:
    cond.notify()
while len(woken) < 1: pass
print("after notify:", len(woken))
with cond:
    cond.notify(2)
while len(woken) < 3: pass
print("after notify(2):", len(woken))
with cond:
    cond.notify_all()
for t in ts: t.join()
print("after notify_all:", len(woken), sorted(woken))
