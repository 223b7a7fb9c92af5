import queue

pq = queue.PriorityQueue(maxsize=2)
pq.put(5)
pq.put(1)
print(pq.full())
try:
    pq.put(0, timeout=0.01)
except queue.Full:
    print("Full")
print(pq.get(), pq.full())
pq.put(0)
print(pq.get(), pq.get(), pq.empty())
