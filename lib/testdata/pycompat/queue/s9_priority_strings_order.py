import queue

q = queue.PriorityQueue()
for w in ["pear", "Apple", "banana", "apple", "", "Zed", "a b"]:
    q.put(w)
print([q.get() for _ in range(q.qsize())])
