import queue
import threading

pq = queue.PriorityQueue()
order = []
for p in (5, 1, 4, 2, 3):
    pq.put((p, "job%d" % p))

def worker():
    while True:
        p, name = pq.get()
        order.append(name)
        pq.task_done()

threading.Thread(target=worker, daemon=True).start()
pq.join()
print(order, pq.unfinished_tasks, pq.empty())
