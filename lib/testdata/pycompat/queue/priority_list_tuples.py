import queue

pq = queue.PriorityQueue()
pq.put((2, 1, "x"))
pq.put((1, 5, "y"))
pq.put((1, 2, "z"))
while not pq.empty():
    print(pq.get())
