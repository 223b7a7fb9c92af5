import queue
import threading

q = queue.Queue()
t = threading.Timer(0.05, q.put, args=("late",))
t.start()
print(q.get(timeout=30))
t.join()
lq = queue.LifoQueue()
t = threading.Timer(0.05, lq.put, args=(7,))
t.start()
print(lq.get(timeout=30))
t.join()
