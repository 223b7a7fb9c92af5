import queue

pq = queue.PriorityQueue()
for score, name in [(70, "kim"), (95, "lee"), (88, "park"), (95, "choi")]:
    pq.put((-score, name))
while not pq.empty():
    neg, name = pq.get()
    print(-neg, name)
