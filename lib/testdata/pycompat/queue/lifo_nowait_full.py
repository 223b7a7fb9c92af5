import queue

q = queue.LifoQueue(2)
q.put_nowait("a")
q.put_nowait("b")
try:
    q.put_nowait("c")
except queue.Full:
    print("Full", q.qsize(), q.full())
print(q.get_nowait(), q.get_nowait())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty", q.qsize(), q.empty())
