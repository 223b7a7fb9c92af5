import queue
pq = queue.PriorityQueue()
pq.put((2, "write report"))
pq.put((1, "fix 'bug'"))
pq.put((1, "email"))
pq.put((3, 'say "hi"'))
while not pq.empty():
    print(pq.get())
