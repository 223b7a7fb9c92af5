import queue

q = queue.SimpleQueue()
print(q.empty(), q.qsize())
for call in (lambda: q.get(timeout=0), lambda: q.get(False), lambda: q.get_nowait(), lambda: q.get(block=False, timeout=5)):
    try:
        call()
    except queue.Empty as e:
        print("Empty", repr(str(e)))
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
q.put(1)
q.put_nowait(2)
q.put(3, block=False, timeout=9)
print(q.qsize(), q.get(timeout=0), q.get(False), q.get(timeout=-0.0), q.empty())
