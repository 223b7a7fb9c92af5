import queue

q = queue.LifoQueue(maxsize=2)
print(q.maxsize, q.empty(), q.full())
q.put("a")
q.put("b")
print(q.full(), q.qsize())
try:
    q.put("c", timeout=0.01)
except queue.Full:
    print("Full")
print(q.get(), q.full())
q.put("d")
print([q.get() for _ in range(2)], q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
