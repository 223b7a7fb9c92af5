import queue

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls(maxsize=-3)
    for i in range(10):
        q.put_nowait(i)
    print(cls.__name__, q.maxsize, q.full(), q.qsize())
