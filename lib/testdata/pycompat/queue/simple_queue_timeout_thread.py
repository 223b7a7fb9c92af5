import queue
import threading

q = queue.SimpleQueue()
try:
    q.get(timeout=0.02)
except queue.Empty:
    print("Empty first")
t = threading.Timer(0.01, lambda: q.put("from timer"))
t.start()
print(q.get(timeout=30))
t.join()
print(q.qsize(), q.empty())
