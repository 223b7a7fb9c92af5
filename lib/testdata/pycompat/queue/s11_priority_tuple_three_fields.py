import queue

pq = queue.PriorityQueue()
jobs = [(2, 1, "write"), (1, 2, "read"), (2, 0, "exec"), (1, 1, "list")]
for j in jobs:
    pq.put(j)
while not pq.empty():
    print(pq.get())
