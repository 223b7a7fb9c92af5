import queue
import threading

tasks = queue.Queue()
results = {}
lock = threading.Lock()


def worker():
    while True:
        n = tasks.get()
        if n is None:
            tasks.task_done()
            return
        total = sum(range(n + 1))
        with lock:
            results[n] = (total, threading.current_thread().name.startswith("worker-"))
        tasks.task_done()


workers = [threading.Thread(target=worker, name="worker-%d" % i) for i in range(3)]
for w in workers:
    w.start()
for n in [10, 100, 1000, 5, 0]:
    tasks.put(n)
tasks.join()
for _ in workers:
    tasks.put(None)
for w in workers:
    w.join()
print(sorted(results.items()))
print(threading.active_count())
