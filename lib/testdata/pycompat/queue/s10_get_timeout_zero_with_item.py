import queue

q = queue.Queue()
q.put(1)
print(q.get(timeout=0))
q.put(2)
print(q.get(True, 0))
print(q.get(block=True, timeout=None) if q.qsize() else "empty")
lq = queue.LifoQueue()
lq.put("x")
print(lq.get(timeout=0.0))
try:
    lq.get(timeout=0)
except queue.Empty:
    print("Empty")
