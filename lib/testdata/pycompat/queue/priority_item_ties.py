import queue

pq = queue.PriorityQueue()
for item in [(2, "b"), (1, "b"), (1, "a"), (2, "a"), (0, "c"), (1, "c")]:
    pq.put(item)
print([pq.get() for _ in range(pq.qsize())])
