import queue

q = queue.Queue()
for i in range(1000):
    q.put_nowait(i)
print(q.maxsize, q.qsize(), q.full())
print(sum(q.get() for _ in range(1000)), q.empty())
