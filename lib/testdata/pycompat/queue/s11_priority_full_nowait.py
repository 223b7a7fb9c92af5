import queue

pq = queue.PriorityQueue(maxsize=2)
pq.put(5)
pq.put(1)
print(pq.full(), pq.qsize())
try:
    pq.put_nowait(0)
except queue.Full:
    print("Full")
try:
    pq.put(0, block=True, timeout=0.01)
except queue.Full:
    print("Full after timeout")
print(pq.get(), pq.get(), pq.full())
