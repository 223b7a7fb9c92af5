import queue

q = queue.Queue(1)
q.put(1)
try:
    q.put_nowait(2)
except queue.Full as e:
    print("Full", repr(str(e)))
try:
    q.put(2, block=False)
except queue.Full:
    print("Full block=False")
try:
    q.put(2, timeout=0.01)
except queue.Full:
    print("Full timeout")
print(q.qsize(), q.full(), q.get())
