import queue

q = queue.LifoQueue(2)
q.put(1)
q.put(2)
print(q.full(), q.qsize())
try:
    q.put_nowait(3)
except queue.Full:
    print("Full")
print(q.get())
q.put(3)
print(q.get(), q.get(), q.empty())
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty")
