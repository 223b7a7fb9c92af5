import queue

for m in (0, -1, -10):
    q = queue.Queue(maxsize=m)
    for i in range(100):
        q.put_nowait(i)
    print(m, q.maxsize, q.qsize(), q.full())
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
print(lq.maxsize, pq.maxsize, lq.full(), pq.full())
