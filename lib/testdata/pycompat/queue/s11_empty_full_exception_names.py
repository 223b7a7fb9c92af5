import queue

q = queue.Queue(1)
try:
    q.get_nowait()
except queue.Empty as e:
    print(type(e).__name__, repr(str(e)), isinstance(e, Exception))
q.put("a")
try:
    q.put_nowait("b")
except queue.Full as e:
    print(type(e).__name__, repr(str(e)), isinstance(e, Exception))
try:
    q.put("c", timeout=0.01)
except queue.Full:
    print("Full after timeout", q.qsize())
print(q.get(), q.empty())
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout", q.qsize())
