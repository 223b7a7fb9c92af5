import threading

e = threading.Event()
results = []
lock = threading.Lock()

def waiter(i):
    r = e.wait(30)
    with lock:
        results.append((i, r))

ts = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
e.set()
for t in ts:
    t.join()
print(sorted(results))
