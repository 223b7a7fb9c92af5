import queue

pq = queue.PriorityQueue()
pq.put((1.5, "half"))
pq.put((-2, 7))
pq.put((0, "it's"))
pq.put((3, None))
pq.put((2, True))
while not pq.empty():
    print(pq.get())
