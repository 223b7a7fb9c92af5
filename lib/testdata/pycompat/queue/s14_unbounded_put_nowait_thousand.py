import queue

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue, queue.SimpleQueue):
    q = cls()
    for i in range(1000):
        q.put_nowait(i)
    first = q.get_nowait()
    print(cls.__name__, q.qsize(), first, getattr(q, "full", lambda: "n/a")())
