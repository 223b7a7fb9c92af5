import queue

pq = queue.PriorityQueue()
for item in [(1, "write"), (0, "plan"), (1, "test"), (1, "deploy"), (0, "idea"), (2, "rest")]:
    pq.put(item)
print(pq.qsize(), [pq.get() for _ in range(pq.qsize())])
pq.put((5, "x"))
pq.put((5.0, "a"))
pq.put((4.5, "z"))
print([pq.get() for _ in range(3)])
