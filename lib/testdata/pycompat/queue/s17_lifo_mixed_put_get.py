import queue

q = queue.LifoQueue()
q.put(1)
q.put(2)
a = q.get()
q.put(3)
q.put(4)
print(a, [q.get_nowait() for _ in range(q.qsize())])
