import queue

q = queue.SimpleQueue()
print(q.empty(), q.qsize())
for x in "abc":
    q.put_nowait(x)
q.put("d", block=False, timeout=3)
print(q.qsize(), q.empty())
print([q.get() for _ in range(4)])
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get(False)
except queue.Empty:
    print("Empty non-blocking")
