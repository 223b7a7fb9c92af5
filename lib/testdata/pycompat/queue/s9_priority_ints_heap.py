import queue

q = queue.PriorityQueue()
for x in [5, 3, 9, 1, 7, 3, 0, -4, 8]:
    q.put(x)
print(q.qsize())
print([q.get() for _ in range(5)])
q.put(2)
print([q.get() for _ in range(q.qsize())])
