import threading

e = threading.Event()
e.set()
e.clear()
arrived = threading.Barrier(4)
results = []
lock = threading.Lock()


def waiter():
    arrived.wait()
    r = e.wait(30)
    with lock:
        results.append(r)


ts = [threading.Thread(target=waiter) for _ in range(3)]
for t in ts:
    t.start()
arrived.wait()
e.set()
for t in ts:
    t.join()
print(results, e.is_set())
