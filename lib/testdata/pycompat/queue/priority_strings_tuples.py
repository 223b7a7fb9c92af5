import queue

pq = queue.PriorityQueue()
for word in ["pear", "apple", "fig", "banana", "Apple", "apple pie", ""]:
    pq.put((len(word), word))
while not pq.empty():
    n, w = pq.get()
    print(n, repr(w))
