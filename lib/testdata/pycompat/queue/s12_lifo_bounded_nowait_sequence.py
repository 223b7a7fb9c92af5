import queue
s = queue.LifoQueue(maxsize=3)
log = []
for i in range(5):
    try:
        s.put_nowait(i)
        log.append(f"put {i}")
    except queue.Full:
        log.append(f"full {i}")
print(log, s.full(), s.qsize())
print([s.get_nowait() for _ in range(3)], s.empty())
