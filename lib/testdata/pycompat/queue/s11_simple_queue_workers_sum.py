import queue, threading

jobs = queue.SimpleQueue()
results = queue.SimpleQueue()
def worker():
    while (n := jobs.get()) is not None:
        results.put(n * 2)
ts = [threading.Thread(target=worker) for _ in range(3)]
for t in ts:
    t.start()
for n in range(20):
    jobs.put(n)
for _ in ts:
    jobs.put(None)
for t in ts:
    t.join()
total = 0
while not results.empty():
    total += results.get()
print(total, jobs.empty(), results.qsize())
