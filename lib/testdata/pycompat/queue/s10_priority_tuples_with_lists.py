import queue

pq = queue.PriorityQueue()
pq.put((2, [3, 1]))
pq.put((2, [1, 9]))
pq.put((1, [5]))
pq.put((2, [1, 2, 0]))
print([pq.get() for _ in range(4)])
pq.put((1, "t"))
pq.put((0, "zero"))
pq.put((0.5, "half"))
print([pq.get() for _ in range(3)])
