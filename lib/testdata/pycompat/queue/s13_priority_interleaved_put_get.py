import queue

q = queue.PriorityQueue()
trace = []
for step in [5, 1, "get", 3, 0, "get", "get", 4, 2, "get", "get", "get"]:
    if step == "get":
        trace.append(q.get_nowait())
    else:
        q.put(step)
print(trace, "left", q.qsize())
for p, name in [(2, "write"), (1, "read"), (2, "alpha"), (1, "read")]:
    q.put((p, name))
print([q.get() for _ in range(4)])
