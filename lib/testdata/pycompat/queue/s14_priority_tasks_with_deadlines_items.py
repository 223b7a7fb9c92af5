import queue

pq = queue.PriorityQueue()
jobs = [("2024-03-02", "report"), ("2024-01-15", "taxes"), ("2024-03-02", "backup"), ("2023-12-31", "party")]
for deadline, name in jobs:
    pq.put((deadline, name))
while not pq.empty():
    deadline, name = pq.get_nowait()
    print(deadline, name)
