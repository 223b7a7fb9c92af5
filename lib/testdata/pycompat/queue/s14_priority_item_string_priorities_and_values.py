import queue

pq = queue.PriorityQueue()
for item in [("b", 2), ("a", 9), ("b", 1), ("a", 3)]:
    pq.put(item)
out = []
while not pq.empty():
    out.append(pq.get())
print(out)
