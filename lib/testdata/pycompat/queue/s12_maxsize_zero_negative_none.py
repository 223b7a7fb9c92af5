import queue

for m in (0, -1, -5, 3):
    q = queue.Queue(maxsize=m)
    for i in range(4):
        try:
            q.put_nowait(i)
        except queue.Full:
            print("full at", i)
    print(m, q.maxsize, q.qsize(), q.full(), q.empty())
lq = queue.LifoQueue(-2)
pq = queue.PriorityQueue(0)
for i in range(5):
    lq.put(i); pq.put(-i)
print(lq.full(), pq.full(), lq.get(), pq.get())
