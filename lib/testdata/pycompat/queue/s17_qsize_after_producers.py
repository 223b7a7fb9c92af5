import queue
import threading

q = queue.Queue()
ts = [threading.Thread(target=lambda: [q.put(1) for _ in range(25)]) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(q.qsize(), q.unfinished_tasks, q.full(), q.maxsize)
