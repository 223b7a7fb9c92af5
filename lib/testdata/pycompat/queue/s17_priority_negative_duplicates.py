import queue

p = queue.PriorityQueue()
for x in [5, -1, 5, 0, -1, 3, -7]:
    p.put(x)
print([p.get() for _ in range(p.qsize())])
