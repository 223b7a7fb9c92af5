import queue

q = queue.Queue(maxsize=1)
log = []
for i in range(3):
    log.append((q.empty(), q.full()))
    q.put_nowait(i)
    log.append((q.empty(), q.full()))
    try:
        q.put_nowait(i + 10)
    except queue.Full:
        log.append("Full")
    log.append(q.get_nowait())
for entry in log:
    print(entry)
