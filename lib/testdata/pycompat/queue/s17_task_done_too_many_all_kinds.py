import queue

for q in (queue.Queue(), queue.LifoQueue(), queue.PriorityQueue()):
    q.put(1)
    q.get()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print(type(q).__name__, "ValueError:", e)
    print(q.unfinished_tasks)
