import queue

q = queue.SimpleQueue()
print(q.empty(), q.qsize())
q.put(1)
q.put_nowait(2)
q.put("three")
print(q.qsize(), q.empty())
print(q.get(), q.get_nowait(), q.get(timeout=1))
try:
    q.get(timeout=0.05)
except queue.Empty:
    print("Empty")
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
