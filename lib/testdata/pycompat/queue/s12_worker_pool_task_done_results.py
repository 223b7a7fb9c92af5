import queue, threading

tasks = queue.Queue()
results = queue.Queue()
def worker():
    while True:
        n = tasks.get()
        if n is None:
            tasks.task_done()
            break
        results.put((n, n * n))
        tasks.task_done()

ws = [threading.Thread(target=worker, daemon=True) for _ in range(3)]
for w in ws: w.start()
for n in range(1, 11):
    tasks.put(n)
tasks.join()
print("unfinished after join:", tasks.unfinished_tasks, tasks.qsize(), results.qsize())
for _ in ws: tasks.put(None)
tasks.join()
for w in ws: w.join()
out = sorted(results.get() for _ in range(results.qsize()))
print(out[:3], out[-1], len(out), results.empty())
