import queue
import threading

q = queue.Queue()
totals = []
lock = threading.Lock()

def consumer():
    total = 0
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        total += item
        q.task_done()
    with lock:
        totals.append(total)

ts = [threading.Thread(target=consumer) for _ in range(3)]
for t in ts:
    t.start()
for i in range(1, 101):
    q.put(i)
for _ in ts:
    q.put(None)
q.join()
for t in ts:
    t.join()
print(len(totals), sum(totals), q.unfinished_tasks)
