import queue
import threading
import time

q = queue.LifoQueue(2)
q.put("a")
q.put("b")
try:
    q.put("c", timeout=0.02)
except queue.Full:
    print("Full", q.qsize(), q.full())
t = threading.Timer(0.05, q.get)
t.start()
q.put("c", timeout=30)
t.join()
print(q.get(), q.get(), q.empty())
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty", q.qsize())
