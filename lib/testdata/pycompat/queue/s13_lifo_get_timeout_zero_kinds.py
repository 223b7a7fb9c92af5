import queue

q = queue.LifoQueue()
for name, call in (("get(timeout=0)", lambda: q.get(timeout=0)), ("get(False)", lambda: q.get(False)), ("get_nowait", q.get_nowait)):
    try:
        call()
    except queue.Empty:
        print(name, "on empty -> Empty")
q.put("first"); q.put("second"); q.put("third")
print(q.get(timeout=0), q.get(False), q.get_nowait(), q.qsize())
try:
    q.get(timeout=0.02)
except queue.Empty:
    print("drained -> Empty", q.empty())
