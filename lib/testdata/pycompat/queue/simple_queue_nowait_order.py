import queue

q = queue.SimpleQueue()
print(q.empty(), q.qsize())
for x in ("a", None, 3, [1, 2]):
    q.put_nowait(x)
q.put("last", block=False, timeout=5)
print(q.empty(), q.qsize())
out = []
while not q.empty():
    out.append(q.get_nowait())
print(out)
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty", q.qsize())
