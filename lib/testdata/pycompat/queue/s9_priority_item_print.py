import queue

q = queue.PriorityQueue()
q.put((3, "c"))
q.put((1.5, "a"))
q.put((2, None))
q.put((1.5, "b"))
q.put((-1, "neg"))
while not q.empty():
    print(q.get())
