import queue
import threading

tasks = queue.Queue()
results = {}
lock = threading.Lock()


def worker():
    while True:
        try:
            task_id, payload = tasks.get(timeout=0.5)
        except queue.Empty:
            return
        with lock:
            results[task_id] = payload.upper()
        tasks.task_done()


for i, word in enumerate(["alpha", "beta", "gamma", "delta", "epsilon"]):
    tasks.put((i, word))
workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()
tasks.join()
for w in workers:
    w.join()
print([results[i] for i in sorted(results)])
print(tasks.empty(), tasks.unfinished_tasks)
