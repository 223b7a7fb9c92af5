import queue

def make(kind, n):
    return {"fifo": queue.Queue, "lifo": queue.LifoQueue, "prio": queue.PriorityQueue}[kind](n)

for kind in ("fifo", "lifo", "prio"):
    q = make(kind, 3)
    for x in (2, 3, 1):
        q.put(x)
    print(kind, q.full(), [q.get() for _ in range(3)], q.empty())
s = queue.SimpleQueue()
s.put("x")
print(s.get(), s.empty())
