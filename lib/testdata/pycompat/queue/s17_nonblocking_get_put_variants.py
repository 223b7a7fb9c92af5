import queue

q = queue.Queue(1)
for g in (lambda: q.get(False), lambda: q.get(block=False, timeout=5), q.get_nowait):
    try:
        g()
    except queue.Empty:
        print("Empty")
q.put("x")
for g in (lambda: q.put("y", False), lambda: q.put("y", block=False, timeout=5), lambda: q.put_nowait("y")):
    try:
        g()
    except queue.Full:
        print("Full")
print(q.get(False), q.qsize())
