import queue
import threading

q = queue.Queue()
lock = threading.Lock()
done = {}


def worker(num):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with lock:
            done.setdefault(num, []).append(item * 2)
        q.task_done()


num_worker_threads = 5
threads = []
for i in range(num_worker_threads):
    t = threading.Thread(target=worker, args=(i,))
    t.start()
    threads.append(t)
for item in range(20):
    q.put(item)
q.join()
print("all items processed", q.unfinished_tasks)
for i in range(num_worker_threads):
    q.put(None)
for t in threads:
    t.join()
results = sorted(x for xs in done.values() for x in xs)
print(len(results), sum(results), results[:5], results[-1])
print("alive", [t.is_alive() for t in threads], q.empty())
