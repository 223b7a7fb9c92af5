import queue
import itertools

pq = queue.PriorityQueue()
counter = itertools.count()
for prio, task in [(2, "write report"), (1, "fix bug"), (2, "email"), (0, "coffee"), (1, "review")]:
    pq.put((prio, next(counter), task))
while not pq.empty():
    prio, n, task = pq.get()
    print(prio, n, task)
    pq.task_done()
pq.join()
print("all tasks done:", pq.unfinished_tasks)
