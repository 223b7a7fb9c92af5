import queue

items = ["a", 1, None, (2, 3)]
for q in (queue.Queue(), queue.LifoQueue()):
    for x in items:
        q.put(x)
    print(type(q).__name__, [q.get() for _ in items], q.empty())
