import queue

for q in (queue.Queue(), queue.LifoQueue(), queue.PriorityQueue()):
    try:
        q.task_done()
    except ValueError as e:
        print(type(q).__name__, "ValueError:", e)
