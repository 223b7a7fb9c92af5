import queue

q = queue.PriorityQueue()
q.put(1)
try:
    q.put("a")
except TypeError as e:
    print("TypeError:", e)
