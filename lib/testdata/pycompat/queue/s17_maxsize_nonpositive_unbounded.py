import queue

for m in (0, -1, -100):
    q = queue.Queue(m)
    for i in range(500):
        q.put_nowait(i)
    print(m, q.maxsize, q.qsize(), q.full(), q.empty())
q = queue.Queue(1)
q.put(1)
try:
    q.put(2, block=False, timeout=-1)
except queue.Full:
    print("Full, timeout ignored when not blocking")
print(queue.Queue().put(1, timeout=-5))
