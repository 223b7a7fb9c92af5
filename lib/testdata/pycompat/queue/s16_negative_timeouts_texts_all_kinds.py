import queue

for make in (queue.Queue, queue.LifoQueue, queue.PriorityQueue, queue.SimpleQueue):
    q = make()
    q.put(1)
    try:
        q.get(timeout=-0.5)
    except ValueError as e:
        print(make.__name__, "get:", e)
    print(make.__name__, "still there:", q.qsize(), q.get(timeout=0))
    if make is not queue.SimpleQueue:
        try:
            q.put(2, timeout=-1)
        except ValueError as e:
            print(make.__name__, "put:", e, "(unbounded, size now %d)" % q.qsize())
