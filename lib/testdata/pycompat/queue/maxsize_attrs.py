import queue

for q in (queue.Queue(), queue.Queue(5), queue.Queue(-1), queue.LifoQueue(3), queue.PriorityQueue(0)):
    print(type(q).__name__, q.maxsize, q.full(), q.empty())
q = queue.Queue(-1)
for i in range(100):
    q.put_nowait(i)
print(q.full(), q.qsize())
