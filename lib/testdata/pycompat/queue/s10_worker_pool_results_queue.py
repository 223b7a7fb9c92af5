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

ws = [threading.Thread(target=worker) for _ in range(3)]
for w in ws:
    w.start()
for n in range(10):
    tasks.put(n)
for _ in ws:
    tasks.put(None)
tasks.join()
for w in ws:
    w.join()
out = []
while not results.empty():
    out.append(results.get_nowait())
print(sorted(out))
print(tasks.unfinished_tasks, results.qsize())
