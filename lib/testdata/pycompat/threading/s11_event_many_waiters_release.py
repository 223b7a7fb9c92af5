import threading

ev = threading.Event()
arrived = []
lock = threading.Lock()
def waiter(i):
    ok = ev.wait(10)
    with lock:
        arrived.append((i, ok))
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
ev.set()
for t in ts:
    t.join()
print(sorted(arrived))
