import queue

pq = queue.PriorityQueue()
for x in [3, 1, 3, 1, 2, 2.0, -0.5]:
    pq.put(x)
print([pq.get() for _ in range(pq.qsize())])
