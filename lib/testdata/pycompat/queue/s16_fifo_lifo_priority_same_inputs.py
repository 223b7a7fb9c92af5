import queue

data = [5, 1, 4, 2, 3]
for make in (queue.Queue, queue.LifoQueue, queue.PriorityQueue, queue.SimpleQueue):
    q = make()
    for x in data:
        q.put(x)
    print(make.__name__, [q.get() for _ in data])
