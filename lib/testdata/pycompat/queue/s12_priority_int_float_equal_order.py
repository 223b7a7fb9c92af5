import queue
pq = queue.PriorityQueue()
for x in [2, 2.0, 1.5, 1, 2, 1.0, 0.5]:
    pq.put(x)
print([pq.get() for _ in range(pq.qsize())])
