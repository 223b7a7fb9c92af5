import queue, threading

q = queue.Queue()
t = threading.Timer(0.02, q.put, args=("late",))
t.start()
print(q.get(timeout=10))
t.join()
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("timed out")
lq = queue.LifoQueue(1)
lq.put(1)
t = threading.Timer(0.02, lq.get)
t.start()
lq.put(2, timeout=10)
t.join()
print(lq.get())
