import queue

q = queue.PriorityQueue()
q.put((1, "b"))
q.put((1, "a"))
q.put((0, "z"))
q.put((1, "c"))
print([q.get() for _ in range(4)])
