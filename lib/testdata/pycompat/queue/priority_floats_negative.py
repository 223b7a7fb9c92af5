import queue

pq = queue.PriorityQueue()
for x in [2, -1.5, 0, 3.25, -3, 1e-9, -0.0, 7]:
    pq.put(x)
print([pq.get() for _ in range(8)])
