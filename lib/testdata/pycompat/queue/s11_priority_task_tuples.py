import queue

pq = queue.PriorityQueue()
pq.put((2, "code"))
pq.put((1, "eat"))
pq.put((3, "sleep"))
pq.put((1, "breakfast"))
pq.put((2, "bugs"))
while not pq.empty():
    prio, task = pq.get()
    print(prio, task)
