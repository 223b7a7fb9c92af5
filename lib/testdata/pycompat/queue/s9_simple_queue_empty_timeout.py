import queue

q = queue.SimpleQueue()
try:
    q.get(timeout=0.02)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get(block=False)
except queue.Empty:
    print("Empty nonblocking")
q.put(None)
print(q.get(), q.empty())
