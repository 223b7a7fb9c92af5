import queue, threading

jobs = queue.Queue()
results = queue.Queue()

def worker():
    while True:
        n = jobs.get()
        if n is None:
            jobs.task_done()
            break
        results.put((n, n * n))
        jobs.task_done()

ts = [threading.Thread(target=worker) for _ in range(3)]
for t in ts:
    t.start()
for n in range(10):
    jobs.put(n)
for _ in ts:
    jobs.put(None)
jobs.join()
for t in ts:
    t.join()
out = []
while not results.empty():
    out.append(results.get())
print(sorted(out))
print("jobs unfinished", jobs.unfinished_tasks, "results left", results.qsize(), "threads", threading.active_count())
