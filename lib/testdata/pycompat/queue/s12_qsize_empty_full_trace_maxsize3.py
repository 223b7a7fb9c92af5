import queue
q = queue.Queue(3)
trace = []
for op in ["put", "put", "put", "get", "put", "get", "get", "get"]:
    if op == "put":
        q.put_nowait(len(trace))
    else:
        q.get_nowait()
    trace.append((op, q.qsize(), q.empty(), q.full()))
for t in trace:
    print(*t)
