import queue

q = queue.Queue(4)
ops = []
for i in range(6):
    try:
        q.put_nowait(i)
        ops.append(("put", i, q.qsize()))
    except queue.Full:
        ops.append(("full", i, q.qsize()))
for _ in range(5):
    try:
        ops.append(("get", q.get_nowait(), q.qsize()))
    except queue.Empty:
        ops.append(("empty", None, q.qsize()))
for o in ops:
    print(*o)
