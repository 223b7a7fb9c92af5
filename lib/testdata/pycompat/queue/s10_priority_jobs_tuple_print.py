import queue

pq = queue.PriorityQueue()
jobs = [(3, "backup"), (1, "page oncall"), (2, "deploy"), (1, "fix bug"), (5, "lunch")]
for j in jobs:
    pq.put(j)
print(pq.qsize())
while not pq.empty():
    prio, name = pq.get()
    print(prio, name)
pq.put((0.5, "half"))
pq.put((-1, "neg"))
print(pq.get(), pq.get())
