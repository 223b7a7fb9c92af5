import queue

pq = queue.PriorityQueue()
current = {}
def push(task, prio):
    current[task] = prio
    pq.put((prio, task))

for task, prio in [("email", 3), ("build", 1), ("test", 2), ("deploy", 5)]:
    push(task, prio)
push("email", 0)
push("build", 4)
order = []
while not pq.empty():
    prio, task = pq.get()
    if current.get(task) != prio:
        continue
    del current[task]
    order.append((task, prio))
print(order, current, pq.qsize())
