import queue

q = queue.Queue(maxsize=1)
for name, call in [("get_nowait", q.get_nowait), ("get(False)", lambda: q.get(False)), ("get(timeout=0.01)", lambda: q.get(timeout=0.01))]:
    try:
        call()
    except queue.Empty as e:
        print(name, type(e).__name__, repr(str(e)), isinstance(e, Exception))
q.put("x")
for name, call in [("put_nowait", lambda: q.put_nowait("y")), ("put(block=False)", lambda: q.put("y", block=False)), ("put(timeout=0.01)", lambda: q.put("y", timeout=0.01))]:
    try:
        call()
    except queue.Full as e:
        print(name, type(e).__name__, repr(str(e)))
print(q.qsize(), q.get())
