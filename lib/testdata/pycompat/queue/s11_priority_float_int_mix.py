import queue

pq = queue.PriorityQueue()
for x in [2.5, 1, 3, 0.5, -1, 2]:
    pq.put(x)
print([pq.get() for _ in range(6)])
