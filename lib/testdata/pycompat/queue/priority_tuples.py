import queue

pq = queue.PriorityQueue()
pq.put((3, "low"))
pq.put((1, "high"))
pq.put((2, "mid"))
pq.put((1, "apple"))
while not pq.empty():
    print(pq.get())
