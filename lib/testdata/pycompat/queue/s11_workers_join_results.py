import queue, threading

tasks = queue.Queue()
results = []
lock = threading.Lock()

def worker():
    while True:
        n = tasks.get()
        if n is None:
            tasks.task_done()
            break
        with lock:
            results.append(n * n)
        tasks.task_done()

threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for n in range(1, 11):
    tasks.put(n)
tasks.join()
print(sorted(results), sum(results))
for _ in threads:
    tasks.put(None)
for t in threads:
    t.join()
print(tasks.empty(), tasks.unfinished_tasks)
