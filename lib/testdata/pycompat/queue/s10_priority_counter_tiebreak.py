import queue, itertools

class Task:
    def __init__(self, name):
        self.name = name

pq = queue.PriorityQueue()
counter = itertools.count()
for prio, name in [(2, "b"), (1, "a1"), (2, "c"), (1, "a2"), (0, "z")]:
    pq.put((prio, next(counter), Task(name)))
while not pq.empty():
    prio, n, task = pq.get()
    print(prio, n, task.name)
