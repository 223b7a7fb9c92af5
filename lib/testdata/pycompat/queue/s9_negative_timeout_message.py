import queue

q = queue.Queue(1)
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
q.put(1)
try:
    q.put(2, timeout=-0.5)
except ValueError as e:
    print("ValueError:", e)
