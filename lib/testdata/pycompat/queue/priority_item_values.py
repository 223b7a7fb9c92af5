import queue

pq = queue.PriorityQueue()
pq.put((0.5, "half"))
pq.put((-1, "negative"))
pq.put((10, "ten"))
pq.put((0, "zero"))
pq.put((-1, "also negative"))
out = []
while not pq.empty():
    out.append(pq.get())
print(out)
print(pq.qsize(), pq.empty())
