import queue

scores = {"ann": 72, "bob": 95, "cy": 88, "di": 95}
pq = queue.PriorityQueue()
for name, score in scores.items():
    pq.put((-score, name))
rank = 1
while not pq.empty():
    neg, name = pq.get()
    print(rank, name, -neg)
    rank += 1
