import math
import queue

q = queue.PriorityQueue()
for x in [3.0, math.nan, 1.0, 2.0, math.nan, 0.5]:
    q.put(x)
print([q.get() for _ in range(6)])
q = queue.PriorityQueue()
for x in [(2, math.nan), (2, 1.0), (1, 5), (2, 0.5)]:
    q.put(x)
print([q.get() for _ in range(4)])
q = queue.PriorityQueue()
for x in [math.inf, math.nan, -math.inf, 0.0]:
    q.put(x)
print([q.get() for _ in range(4)])
