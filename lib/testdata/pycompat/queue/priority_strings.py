import queue

pq = queue.PriorityQueue()
for w in ["pear", "apple", "fig", "banana"]:
    pq.put(w)
while not pq.empty():
    print(pq.get())
