import queue

for name, q in (("Queue", queue.Queue(3)), ("LifoQueue", queue.LifoQueue(3)), ("PriorityQueue", queue.PriorityQueue(3))):
    q.put(1)
    try:
        q.get(timeout=-1)
        print(name, "get ok")
    except ValueError as e:
        print(name, "get with an item there:", type(e).__name__ + ":", e)
    try:
        q.put(2, timeout=-1)
        print(name, "put ok")
    except ValueError as e:
        print(name, "put with room:", type(e).__name__ + ":", e)
    print(name, "qsize", q.qsize(), "get(timeout=0)", q.get(timeout=0))
u = queue.Queue()
u.put(1, timeout=-1)
print("unbounded put(timeout=-1) ok, qsize", u.qsize())
