import queue

pq = queue.PriorityQueue()
pq.put(1)
try:
    pq.put("x")
except TypeError as e:
    print("TypeError:", e)
print(pq.qsize())
