import queue

q = queue.PriorityQueue()
for w in ["apple", "app", "b", "Apple", "", "apply", "ab"]:
    q.put(w)
print([q.get() for _ in range(q.qsize())])
