import queue

for q in (queue.Queue(), queue.LifoQueue(), queue.PriorityQueue()):
    q.put(5)
    q.get()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print(type(q).__name__, type(e).__name__ + ":", e, "unfinished", q.unfinished_tasks)
    q.join()
print("all joined")
