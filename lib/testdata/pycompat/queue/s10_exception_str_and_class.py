import queue

q = queue.Queue(1)
q.put(0)
for f in (lambda: q.put_nowait(1), lambda: q.put(1, timeout=0.01)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, repr(str(e)), isinstance(e, queue.Full))
q.get()
for f in (q.get_nowait, lambda: q.get(timeout=0.01)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, repr(str(e)), isinstance(e, queue.Empty))
