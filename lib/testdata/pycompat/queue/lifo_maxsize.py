import queue

q = queue.LifoQueue(maxsize=2)
q.put(1)
q.put(2)
print(q.full())
try:
    q.put_nowait(3)
except queue.Full:
    print("Full")
print(q.get(), q.get())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
