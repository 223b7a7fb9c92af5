import queue

q = queue.PriorityQueue()
for x in [1, True, 1.0, 0, False, 0.0, -1, 2]:
    q.put(x)
out = []
while not q.empty():
    out.append(q.get())
print(out, [type(x).__name__ for x in out])
