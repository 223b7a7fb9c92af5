import queue

for q in (queue.Queue(), queue.LifoQueue(), queue.PriorityQueue()):
    for call in (lambda: q.get(timeout=-1), lambda: q.put(1, timeout=-0.5)):
        try:
            call()
            print("ok")
        except ValueError as e:
            print(type(q).__name__, "ValueError:", e)
print(q.qsize())
