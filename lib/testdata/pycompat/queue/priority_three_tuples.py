import queue

pq = queue.PriorityQueue()
items = [(2, 1, "write"), (1, 2, "test"), (2, 0, "read"), (1, 1, "plan"), (3, 0, "ship")]
for it in items:
    pq.put(it)
while not pq.empty():
    prio, seq, name = pq.get()
    print(prio, seq, name)
