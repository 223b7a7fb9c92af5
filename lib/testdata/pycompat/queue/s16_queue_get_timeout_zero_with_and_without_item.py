import queue

for make in (queue.Queue, queue.LifoQueue, queue.SimpleQueue):
    q = make()
    out = []
    try:
        q.get(timeout=0)
    except queue.Empty:
        out.append("Empty")
    q.put("x")
    out.append(q.get(timeout=0))
    q.put("y")
    out.append(q.get(True, 0))
    print(make.__name__, out)
