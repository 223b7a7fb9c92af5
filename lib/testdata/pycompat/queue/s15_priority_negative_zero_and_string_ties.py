import queue

pq = queue.PriorityQueue()
for item in [(0, "zero"), (-5, "minus five"), (3, "three"), (-1, "minus one"), (0, "again"), (3, "alpha")]:
    pq.put(item)
while not pq.empty():
    p, name = pq.get()
    print(p, name)
pq.put(2.5)
pq.put(-0.5)
pq.put(1)
print([pq.get() for _ in range(3)])
