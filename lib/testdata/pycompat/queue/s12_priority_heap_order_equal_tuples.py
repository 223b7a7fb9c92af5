import queue
pq = queue.PriorityQueue()
for t in [(2, "b"), (1, "z"), (2, "a"), (1, "z"), (0, "m"), (2, "a")]:
    pq.put(t)
out = []
while not pq.empty():
    out.append(pq.get_nowait())
print(out, pq.unfinished_tasks)
