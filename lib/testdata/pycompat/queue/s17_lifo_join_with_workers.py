import queue
import threading

q = queue.LifoQueue()
seen = []
lock = threading.Lock()

def worker():
    while True:
        x = q.get()
        if x is None:
            q.task_done()
            break
        with lock:
            seen.append(x)
        q.task_done()

for i in range(8):
    q.put(i)
ts = [threading.Thread(target=worker) for _ in range(2)]
for t in ts:
    t.start()
q.join()
print(sorted(seen), q.unfinished_tasks)
for t in ts:
    q.put(None)
for t in ts:
    t.join()
print(q.empty())
