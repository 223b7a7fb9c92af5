import queue

for q in (queue.Queue(), queue.LifoQueue(), queue.PriorityQueue()):
    q.join()
    q.put(1)
    q.get()
    q.task_done()
    q.join()
    print(type(q).__name__, "joined", q.unfinished_tasks)
