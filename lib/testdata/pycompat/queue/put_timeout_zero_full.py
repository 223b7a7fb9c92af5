import queue

for q in (queue.Queue(1), queue.LifoQueue(1), queue.PriorityQueue(1)):
    q.put(1)
    for how in ("timeout=0", "block=False,timeout=10"):
        try:
            if how == "timeout=0":
                q.put(2, timeout=0)
            else:
                q.put(2, False, 10)
        except queue.Full:
            print(type(q).__name__, how, "Full", q.qsize())
    print(q.get(timeout=0), q.empty())
