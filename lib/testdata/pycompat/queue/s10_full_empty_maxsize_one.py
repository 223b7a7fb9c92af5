import queue

for q in (queue.Queue(1), queue.LifoQueue(1), queue.PriorityQueue(1)):
    print(type(q).__name__, q.empty(), q.full(), q.qsize())
    q.put(7)
    print(q.empty(), q.full(), q.qsize())
    try:
        q.put_nowait(8)
    except queue.Full:
        print("Full")
    print(q.get_nowait(), q.empty(), q.full())
u = queue.Queue(0)
for i in range(1000):
    u.put(i)
print(u.full(), u.qsize())
