import itertools
import queue

pq = queue.PriorityQueue()
counter = itertools.count()
for prio, task in [(2, "write"), (1, "read"), (2, "close"), (1, "open"), (3, "exit")]:
    pq.put((prio, next(counter), task))
while not pq.empty():
    prio, n, task = pq.get()
    print(prio, n, task)
