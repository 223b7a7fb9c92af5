import queue

data = [4, 1, 3, 1, 5]
for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue, queue.SimpleQueue):
    q = cls()
    for x in data:
        q.put(x)
    print(cls.__name__, [q.get() for _ in data], q.empty())
