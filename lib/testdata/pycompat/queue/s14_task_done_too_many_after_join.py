import queue

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls()
    for x in "ba":
        q.put(x)
    got = []
    while not q.empty():
        got.append(q.get())
        q.task_done()
    q.join()
    print(cls.__name__, got, "joined", q.unfinished_tasks)
    try:
        q.task_done()
    except ValueError as e:
        print("  ValueError:", e)
    print("  still", q.unfinished_tasks)
    q.put("c")
    print("  after put", q.unfinished_tasks)
