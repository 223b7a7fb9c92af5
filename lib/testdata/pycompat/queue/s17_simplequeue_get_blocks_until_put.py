import queue
import threading

q = queue.SimpleQueue()
t = threading.Timer(0.05, q.put, args=(42,))
t.start()
print(q.get(timeout=30), q.empty())
t.join()
t = threading.Timer(0.05, q.put, args=("later",))
t.start()
print(q.get())
t.join()
