import queue

q = queue.PriorityQueue()
for p in (2.0, 0.5, 10.25, 1e-3, 3.0):
    q.put((p, str(p)))
while not q.empty():
    print(q.get())
