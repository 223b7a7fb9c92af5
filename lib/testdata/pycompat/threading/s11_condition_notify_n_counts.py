import threading, queue

cond = threading.Condition()
woken = queue.Queue()
ready = threading.Semaphore(0)
def waiter(i):
    with cond:
        ready.release()
        if cond.wait(timeout=10):
            woken.put(i)

ts = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for _ in ts:
    ready.acquire()
with cond:
    cond.notify(2)
first = sorted([woken.get(), woken.get()])
with cond:
    cond.notify()
last = woken.get()
for t in ts:
    t.join()
print(len(first), sorted(first + [last]))
