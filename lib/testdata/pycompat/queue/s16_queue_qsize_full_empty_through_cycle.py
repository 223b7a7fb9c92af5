import queue

q = queue.Queue(maxsize=2)
log = []
for step in ("put", "put", "get", "put", "get", "get"):
    if step == "put":
        q.put_nowait(len(log))
    else:
        q.get_nowait()
    log.append((step, q.qsize(), q.empty(), q.full()))
for entry in log:
    print(entry)
