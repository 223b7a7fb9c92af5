import queue

q = queue.SimpleQueue()
q.put("a", block=False)
q.put("b", timeout=-5)
q.put_nowait("c")
q.put(None, block=True, timeout=0)
print("qsize", q.qsize(), "empty", q.empty())
print([q.get(), q.get_nowait(), q.get(block=False), q.get(timeout=0)])
print("qsize", q.qsize(), "empty", q.empty())
try:
    q.get(timeout=0)
except queue.Empty:
    print("get(timeout=0) on empty -> Empty")
