import queue

q = queue.PriorityQueue()
for x in (True, 0, 0.5, False, -1):
    q.put(x)
print([q.get() for _ in range(5)])
q.put((1, {"a": 1}))
try:
    q.put((1, {"b": 2}))
except TypeError as e:
    print(type(e).__name__ + ":", e, "qsize", q.qsize())
