import queue

for q in (queue.Queue(), queue.LifoQueue(), queue.PriorityQueue()):
    try:
        q.get(timeout=0)
    except queue.Empty:
        print(type(q).__name__, "timeout=0 Empty")
    try:
        q.get(True, 0.005)
    except queue.Empty:
        print(type(q).__name__, "Empty")
