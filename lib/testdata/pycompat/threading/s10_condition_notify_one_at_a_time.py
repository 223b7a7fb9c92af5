import threading

cond = threading.Condition()
all_ready = threading.Event()
sig = threading.Semaphore(0)
woken = []
ready = 0

def waiter(i):
    global ready
    with cond:
        ready += 1
        if ready == 4:
            all_ready.set()
        cond.wait()
        woken.append(i)
    sig.release()

ts = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
all_ready.wait()
for n in (1, 2, 1):
    with cond:
        cond.notify(n)
    for _ in range(n):
        sig.acquire()
    print(n, len(woken))
for t in ts:
    t.join()
print(sorted(woken))
