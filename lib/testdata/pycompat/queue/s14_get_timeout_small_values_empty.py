import queue

q = queue.Queue()
for t in (0, 0.0, 0.01, 0.05):
    try:
        q.get(timeout=t)
    except queue.Empty:
        print("timeout", t, "-> Empty")
q.put("x")
print(q.get(timeout=0), q.empty())
lq = queue.LifoQueue(maxsize=1)
lq.put(1)
for t in (0, 0.02):
    try:
        lq.put(2, timeout=t)
    except queue.Full:
        print("put timeout", t, "-> Full")
