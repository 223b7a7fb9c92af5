import queue

pq = queue.PriorityQueue()
for x in [5, 1, 4, 1.5, 3, 2]:
    pq.put(x)
print([pq.get() for _ in range(pq.qsize())])
