import queue

q = queue.Queue(2)
log = []
for i in range(5):
    try:
        q.put_nowait(i)
        log.append("put %d" % i)
    except queue.Full:
        log.append("full %d" % i)
        log.append("got %d" % q.get_nowait())
        q.put_nowait(i)
print(log)
print([q.get_nowait() for _ in range(q.qsize())])
