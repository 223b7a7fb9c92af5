import queue

for q in (queue.Queue(2), queue.LifoQueue(2), queue.PriorityQueue(2)):
    name = type(q).__name__
    states = [(q.qsize(), q.empty(), q.full())]
    q.put(7); states.append((q.qsize(), q.empty(), q.full()))
    q.put(3); states.append((q.qsize(), q.empty(), q.full()))
    try:
        q.put_nowait(5)
    except queue.Full:
        states.append("Full")
    first = q.get()
    states.append((q.qsize(), q.empty(), q.full()))
    print(name, q.maxsize, first, states)
