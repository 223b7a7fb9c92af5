import queue

q = queue.PriorityQueue()
q.put((2.5, "b"))
q.put((2, "a"))
q.put((-1, "neg"))
q.put((2.5, "a"))
while not q.empty():
    print(q.get())
q.put(3.0); q.put(3); q.put(-0.5)
print([q.get() for _ in range(3)])
