import queue, threading
q = queue.Queue()
counts = {"A": 0, "B": 0}
lock = threading.Lock()
def consumer(name):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with lock:
            counts[name] += 1
        q.task_done()
ts = [threading.Thread(target=consumer, args=(n,)) for n in counts]
for t in ts: t.start()
for i in range(50):
    q.put(i)
for _ in ts:
    q.put(None)
q.join()
for t in ts: t.join()
print(sum(counts.values()), q.unfinished_tasks)
