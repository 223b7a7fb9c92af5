import threading

start = threading.Event()
results = []
lock = threading.Lock()

def worker(i):
    start.wait()
    with lock:
        results.append(i)

ts = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
print("before set:", results)
start.set()
for t in ts:
    t.join()
print("after set:", sorted(results))
