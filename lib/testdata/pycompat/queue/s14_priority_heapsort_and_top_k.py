import queue

data = [42, 7, 19, 3, 88, 7, 56, 21, 3, 64]
pq = queue.PriorityQueue()
for x in data:
    pq.put(x)
print([pq.get() for _ in range(pq.qsize())])
top = queue.PriorityQueue(maxsize=3)
for x in data:
    try:
        top.put_nowait(x)
    except queue.Full:
        smallest = top.get_nowait()
        top.put_nowait(max(smallest, x))
print(sorted(top.get() for _ in range(3)), top.empty())
