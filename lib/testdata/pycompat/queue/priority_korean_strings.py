import queue

pq = queue.PriorityQueue()
for w in ["사과", "바나나", "apple", "가지", "Zebra", "나무", "123"]:
    pq.put(w)
print([pq.get() for _ in range(pq.qsize())])
