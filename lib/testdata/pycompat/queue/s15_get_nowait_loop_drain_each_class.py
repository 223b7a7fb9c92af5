import queue

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue, queue.SimpleQueue):
    q = cls()
    for x in [5, 1, 4, 2, 3]:
        q.put(x)
    out = []
    while True:
        try:
            out.append(q.get_nowait())
        except queue.Empty:
            break
    print(cls.__name__, out, q.qsize())
