import queue
import threading

q = queue.Queue()
t = threading.Timer(0.02, q.put, args=("late item",))
t.start()
print(q.get(timeout=5))
t.join()
