import queue

q = queue.PriorityQueue(2)
q.put(5)
q.put(1)
print(q.full())
try:
    q.put(0, timeout=0.01)
except queue.Full:
    print("Full")
print(q.get(), q.full())
q.put(0)
print(q.get(), q.get(), q.empty())
