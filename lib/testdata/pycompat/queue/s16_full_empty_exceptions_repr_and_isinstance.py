import queue

q = queue.Queue(maxsize=1)
q.put("a")
for call in (lambda: q.put("b", block=False), lambda: q.put("b", timeout=0.05), lambda: q.put_nowait("b")):
    try:
        call()
    except queue.Full as e:
        print(type(e).__name__, repr(e), "str=%r" % str(e), isinstance(e, Exception))
print(q.get_nowait())
for call in (lambda: q.get(block=False), lambda: q.get(timeout=0.05), q.get_nowait, lambda: q.get(False, 10)):
    try:
        call()
    except queue.Empty as e:
        print(type(e).__name__, repr(e), "str=%r" % str(e))
print("sizes:", q.qsize(), q.empty(), q.full(), q.maxsize)
