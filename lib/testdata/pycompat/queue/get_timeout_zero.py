import queue

q = queue.Queue()
try:
    q.get(timeout=0)
except queue.Empty:
    print("Empty")
q.put(1)
print(q.get(timeout=0))
q2 = queue.Queue(1)
q2.put(1)
try:
    q2.put(2, timeout=0)
except queue.Full:
    print("Full")
