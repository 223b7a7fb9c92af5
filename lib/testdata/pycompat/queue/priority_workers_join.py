import queue
import threading

pq = queue.PriorityQueue()
done = []
lock = threading.Lock()

def worker():
    while True:
        prio, job = pq.get()
        if job is None:
            pq.task_done()
            break
        with lock:
            done.append(job)
        pq.task_done()

for i in range(6):
    pq.put((i % 3, "job%d" % i))
ts = [threading.Thread(target=worker) for _ in range(2)]
for t in ts:
    t.start()
pq.join()
print(sorted(done), pq.unfinished_tasks)
for _ in ts:
    pq.put((99, None))
for t in ts:
    t.join()
print(pq.empty(), pq.unfinished_tasks)
