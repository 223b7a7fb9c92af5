import queue

for make in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    for size in (0, -3):
        q = make(maxsize=size)
        for i in range(100):
            q.put_nowait(i)
        print(make.__name__, size, q.maxsize, q.qsize(), q.full(), q.empty())
q = queue.Queue(maxsize=3)
states = []
for i in range(3):
    q.put(i)
    states.append((q.qsize(), q.full()))
print(states)
