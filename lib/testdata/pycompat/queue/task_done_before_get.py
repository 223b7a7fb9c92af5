import queue

for q in (queue.Queue(), queue.LifoQueue(maxsize=1), queue.PriorityQueue(maxsize=-1)):
    try:
        q.task_done()
    except ValueError as e:
        print(type(q).__name__, "ValueError:", e)
    q.put(7)
    q.task_done()
    print(q.unfinished_tasks, q.qsize())
    try:
        q.task_done()
    except ValueError as e:
        print("again ValueError:", e)
