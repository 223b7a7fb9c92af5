import queue

scores = {"ann": 72, "bob": 95, "cid": 88, "dee": 95}
pq = queue.PriorityQueue()
for name, s in scores.items():
    pq.put((-s, name))
print([(-s, n) for s, n in (pq.get() for _ in range(3))])
print(pq.qsize(), pq.get())
