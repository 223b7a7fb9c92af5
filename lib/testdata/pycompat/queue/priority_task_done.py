import queue

pq = queue.PriorityQueue(maxsize=3)
for p in (2, 3, 1):
    pq.put((p, "job%d" % p))
print(pq.full(), pq.unfinished_tasks)
while not pq.empty():
    prio, name = pq.get()
    print(prio, name)
    pq.task_done()
pq.join()
print(pq.unfinished_tasks)
try:
    pq.task_done()
except ValueError as e:
    print("ValueError:", e)
