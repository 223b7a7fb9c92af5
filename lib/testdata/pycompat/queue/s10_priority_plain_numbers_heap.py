import queue

pq = queue.PriorityQueue()
for x in [5, 3, 9, 1, 7, 3, 0, -2, 8]:
    pq.put(x)
print([pq.get() for _ in range(pq.qsize())])
pq = queue.PriorityQueue()
for s in ["pear", "apple", "Banana", "cherry", "apple"]:
    pq.put(s)
print([pq.get() for _ in range(pq.qsize())])
