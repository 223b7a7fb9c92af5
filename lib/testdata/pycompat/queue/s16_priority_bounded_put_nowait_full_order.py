import queue

pq = queue.PriorityQueue(maxsize=3)
for x in (30, 10, 20):
    pq.put_nowait(x)
try:
    pq.put_nowait(5)
except queue.Full:
    print("full, 5 not added")
print(pq.get_nowait())
pq.put_nowait(5)
print([pq.get_nowait() for _ in range(3)], pq.empty())
