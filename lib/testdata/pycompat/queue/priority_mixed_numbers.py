import queue

pq = queue.PriorityQueue()
for x in [3, 1.5, 2, 0.25, True, False, -1]:
    pq.put(x)
print([pq.get() for _ in range(7)])
