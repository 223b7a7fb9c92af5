import queue

for q in (queue.Queue(), queue.LifoQueue(), queue.PriorityQueue(), queue.SimpleQueue()):
    name = type(q).__name__
    try:
        q.get_nowait()
    except queue.Empty:
        print(name, "get_nowait Empty")
    try:
        q.get(block=False)
    except queue.Empty:
        print(name, "block=False Empty")
    try:
        q.get(timeout=0.01)
    except queue.Empty:
        print(name, "timeout Empty")
