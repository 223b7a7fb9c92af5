import queue

q = queue.SimpleQueue()
print(q.empty(), q.qsize())
for i in range(5):
    q.put(i)
q.put_nowait(5)
print(q.empty(), q.qsize())
print([q.get() for _ in range(3)], q.get_nowait(), q.get(block=False), q.get(timeout=0.01))
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
