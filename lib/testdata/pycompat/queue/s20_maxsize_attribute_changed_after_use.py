import queue

q = queue.Queue()
q.put(1)
q.put(2)
q.maxsize = 2
print(q.full(), q.maxsize)
try:
    q.put_nowait(3)
except queue.Full:
    print("Full", q.qsize())
q.maxsize = 0
q.put_nowait(3)
print(q.full(), q.qsize())
q.maxsize = 5
print(q.full(), q.qsize(), q.maxsize)
