import queue

q = queue.Queue(maxsize=2)
q.put(1)
print(q.full())
q.put(2)
print(q.full(), q.qsize())
try:
    q.put_nowait(3)
except queue.Full:
    print("Full")
try:
    q.put(3, timeout=0.05)
except queue.Full:
    print("Full after timeout")
try:
    q.put(3, block=False)
except queue.Full as e:
    print("Full", repr(str(e)))
print(q.get(), q.full())
