import queue

q = queue.Queue(maxsize=-1)
for i in range(100):
    q.put_nowait(i)
print(q.qsize(), q.full(), q.maxsize)
q0 = queue.Queue(0)
print(q0.full(), q0.maxsize)
