import queue

pq = queue.PriorityQueue(maxsize=3)
for x in (5, 1, 4):
    pq.put_nowait(x)
for x in (0, 9):
    try:
        pq.put_nowait(x)
    except queue.Full:
        print("Full on", x)
print(pq.get_nowait())
pq.put_nowait(0)
print([pq.get_nowait() for _ in range(3)])
try:
    pq.get(timeout=0.01)
except queue.Empty:
    print("Empty")
