import queue

for q in (queue.Queue(), queue.LifoQueue(), queue.SimpleQueue()):
    q.put(None)
    q.put(0)
    q.put(None)
    print(type(q).__name__, q.qsize(), [q.get() for _ in range(3)], q.empty())
