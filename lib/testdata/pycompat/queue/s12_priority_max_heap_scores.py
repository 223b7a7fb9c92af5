import queue
pq = queue.PriorityQueue()
scores = {"kim": 88, "lee": 95, "park": 70, "choi": 95}
for name, s in scores.items():
    pq.put((-s, name))
rank = 1
while not pq.empty():
    s, name = pq.get()
    print(rank, name, -s)
    rank += 1
