import queue

q = queue.SimpleQueue()
print(q.empty(), q.qsize())
for x in ["a", None, 3]:
    q.put(x)
q.put_nowait([1, 2])
print(q.empty(), q.qsize())
print(q.get(), q.get(), q.get(block=False), q.get(timeout=1))
print(q.empty(), q.qsize())
