import queue

q = queue.LifoQueue()
for i in range(3):
    q.put(i)
print(q.get())
q.put(10)
q.put(11)
print([q.get() for _ in range(q.qsize())], q.empty())
