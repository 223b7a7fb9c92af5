import queue

pq = queue.PriorityQueue()
pq.put((1, {"a": 1}))
pq.put((2, {"c": 3}))
try:
    pq.put((1, {"b": 2}))
except TypeError as e:
    print("TypeError:", e)
print("qsize:", pq.qsize(), "unfinished:", pq.unfinished_tasks)
pq2 = queue.PriorityQueue()
pq2.put((1, 0, {"a": 1}))
pq2.put((1, 1, {"b": 2}))
print("with seq:", pq2.get()[1], pq2.get()[1])
