import queue
import threading

jobs = queue.Queue()
results = queue.Queue()


def worker():
    while True:
        n = jobs.get()
        if n is None:
            jobs.task_done()
            return
        results.put((n, n ** 3, threading.current_thread().name.startswith("Thread-")))
        jobs.task_done()


workers = [threading.Thread(target=worker) for _ in range(4)]
for w in workers:
    w.start()
for n in range(10):
    jobs.put(n)
for _ in workers:
    jobs.put(None)
jobs.join()
collected = sorted(results.get() for _ in range(10))
print(collected[0], collected[5], collected[9])
print("all named Thread-N:", all(r[2] for r in collected))
print("results left:", results.qsize())
