import queue

for q in (queue.Queue(1), queue.LifoQueue(1), queue.PriorityQueue(1)):
    q.put(0)
    try:
        q.put(1, timeout=0)
    except queue.Full:
        print(type(q).__name__, "timeout=0 Full", q.qsize())
