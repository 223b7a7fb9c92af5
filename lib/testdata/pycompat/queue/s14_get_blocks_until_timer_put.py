import queue
import threading

q = queue.Queue()
t = threading.Timer(0.2, q.put, args=("late item",))
t.start()
print(q.empty())
print(q.get(timeout=10))
t.join()
print(q.empty(), q.qsize())
