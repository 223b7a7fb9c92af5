import queue

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls()
    for i in range(1000):
        q.put_nowait(i)
    print(q.maxsize, q.qsize(), q.full(), q.get_nowait(), q.unfinished_tasks)
s = queue.SimpleQueue()
for i in range(1000):
    s.put_nowait(i)
print(s.qsize(), s.get_nowait())
