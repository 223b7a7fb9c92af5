import queue

q = queue.Queue(maxsize=3)
attempts = []
for i in range(6):
    try:
        q.put_nowait(i)
        attempts.append("ok")
    except queue.Full:
        attempts.append("Full")
        print("dropped", i, "-> made room with", q.get_nowait())
        q.put_nowait(i)
print(attempts)
print([q.get_nowait() for _ in range(q.qsize())])
