import queue

q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full())
print([q.get() for _ in range(5)])
print(q.qsize(), q.empty())
