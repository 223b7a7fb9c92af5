import queue

q = queue.Queue(1)
for f in (lambda: q.get(timeout=-1), lambda: q.get(timeout=-0.5), lambda: queue.SimpleQueue().get(timeout=-2)):
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)
q.put(0)
try:
    q.put(1, timeout=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    q.get(timeout=0)
    q.get(timeout=0)
except queue.Empty as e:
    print("Empty", repr(str(e)))
