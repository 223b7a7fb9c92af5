import queue

pq = queue.PriorityQueue()
for item in [(2, "b"), (1, "z"), (1, "a"), (3, "c"), (2, "a"), (0, "last in, first out")]:
    pq.put(item)
out = []
while not pq.empty():
    out.append(pq.get())
print(out)

pq = queue.PriorityQueue()
for n in [5, -1, 3.5, 0, 2]:
    pq.put(n)
print([pq.get() for _ in range(pq.qsize())])

pq = queue.PriorityQueue()
for w in ["pear", "Apple", "banana", "apple"]:
    pq.put(w)
print([pq.get_nowait() for _ in range(4)])
