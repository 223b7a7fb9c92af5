import queue

pq = queue.PriorityQueue()
pq.put((1, "b"))
pq.put((0, "z"))
pq.put((1, "a"))
pq.put((1, "c"))
pq.put((0, "y"))
out = []
while not pq.empty():
    out.append(pq.get())
print(out)
