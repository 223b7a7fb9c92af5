import queue

for n in (0, 1, 5, -1):
    q = queue.Queue(n)
    print(n, q.maxsize, q.full(), q.empty())
l = queue.LifoQueue(2)
p = queue.PriorityQueue(3)
print(l.maxsize, p.maxsize)
