import queue
import threading

pq = queue.PriorityQueue()
results = []
lock = threading.Lock()
for prio, job in [(5, "e"), (1, "a"), (3, "c"), (2, "b"), (4, "d")]:
    pq.put((prio, job))


def worker():
    while True:
        try:
            prio, job = pq.get_nowait()
        except queue.Empty:
            return
        with lock:
            results.append((prio, job.upper()))
        pq.task_done()


ws = [threading.Thread(target=worker) for _ in range(2)]
for w in ws:
    w.start()
pq.join()
for w in ws:
    w.join()
print(sorted(results), pq.empty(), pq.unfinished_tasks)
