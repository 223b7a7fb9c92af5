import threading

cond = threading.Condition()
generation = 0
woke = []
arrived = threading.Semaphore(0)


def waiter(i):
    with cond:
        arrived.release()
        seen = generation
        cond.wait_for(lambda: generation > seen, timeout=30)
        woke.append(i)


ts = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for _ in ts:
    arrived.acquire()
with cond:
    generation += 1
    cond.notify_all()
for t in ts:
    t.join()
print(sorted(woke), generation)
with cond:
    cond.notify_all()
    cond.notify(3)
print("notify with no waiters is fine")
