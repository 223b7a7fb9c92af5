import queue, threading

for q in (queue.LifoQueue(), queue.PriorityQueue()):
    got = []

    def worker():
        for _ in range(4):
            got.append(q.get())
            q.task_done()

    for i in (3, 1, 2, 0):
        q.put(i)
    t = threading.Thread(target=worker)
    t.start()
    q.join()
    t.join()
    print(type(q).__name__, got)
