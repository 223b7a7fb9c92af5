import queue

q = queue.Queue(3)
q.put(None)
q.put(0)
q.put("")
print(q.full(), [q.get() for _ in range(3)], q.empty())
