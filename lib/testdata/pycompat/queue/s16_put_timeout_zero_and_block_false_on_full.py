import queue

for make in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = make(maxsize=1)
    q.put(1)
    out = []
    for call in (lambda: q.put(2, timeout=0), lambda: q.put(2, block=False), lambda: q.put(2, False, 5)):
        try:
            call()
            out.append("put")
        except queue.Full:
            out.append("Full")
    q.get()
    q.put(3, timeout=0)
    out.append(q.get())
    print(make.__name__, out)
