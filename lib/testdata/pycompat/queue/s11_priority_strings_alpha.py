import queue

pq = queue.PriorityQueue()
for w in ["pear", "Apple", "banana", "apple", "Zebra", "cherry"]:
    pq.put(w)
out = []
while not pq.empty():
    out.append(pq.get())
print(out)
