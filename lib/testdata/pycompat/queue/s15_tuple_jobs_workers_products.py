import queue
import threading

jobs = queue.Queue()
results = queue.Queue()


def worker():
    while True:
        job = jobs.get()
        if job is None:
            break
        a, b = job
        results.put((a, b, a * b))
        jobs.task_done()


ws = [threading.Thread(target=worker, daemon=True) for _ in range(3)]
for w in ws:
    w.start()
for a in range(1, 4):
    for b in range(1, 4):
        jobs.put((a, b))
jobs.join()
table = sorted(results.get() for _ in range(9))
for a, b, p in table:
    print(f"{a} x {b} = {p}")
for _ in ws:
    jobs.put(None)
for w in ws:
    w.join()
print(results.empty(), jobs.unfinished_tasks)
