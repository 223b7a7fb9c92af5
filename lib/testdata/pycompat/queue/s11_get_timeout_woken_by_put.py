import queue, threading

q = queue.Queue()
t = threading.Timer(0.02, q.put, args=("late",))
t.start()
print(q.get(timeout=10))
t.join()
lq = queue.LifoQueue()
t = threading.Timer(0.02, lq.put, args=("top",))
t.start()
print(lq.get(timeout=10), lq.empty())
t.join()
