import queue

q = queue.Queue()
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
try:
    q.get(timeout=0.05)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get(block=False)
except queue.Empty as e:
    print("Empty", repr(str(e)))
q.put("x")
print(q.get_nowait())
