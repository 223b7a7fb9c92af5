import itertools
import queue

pq = queue.PriorityQueue()
counter = itertools.count()
jobs = [(2, {"name": "write"}), (1, {"name": "plan"}), (2, {"name": "test"}),
        (1, {"name": "design"}), (3, {"name": "ship"}), (1, {"name": "review"})]
for prio, job in jobs:
    pq.put((prio, next(counter), job))
print("queued:", pq.qsize())
while not pq.empty():
    prio, seq, job = pq.get()
    print(prio, seq, job["name"])
