import threading

cond = threading.Condition()
woken = []
waiting = threading.Semaphore(0)


def waiter(i):
    with cond:
        waiting.release()
        cond.wait()
        woken.append(i)


ts = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for _ in ts:
    waiting.acquire()
with cond:
    cond.notify(2)
with cond:
    pass
alive_after_two = None
with cond:
    cond.notify_all()
for t in ts:
    t.join()
print(len(woken), sorted(woken))
with cond:
    print(cond.wait(timeout=0.01))
