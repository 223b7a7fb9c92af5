import queue
import time

q = queue.Queue(1)
t0 = time.monotonic()
try:
    q.get(False, 5)
except queue.Empty:
    print("get(False, 5): Empty", time.monotonic() - t0 < 1)
q.put(1)
t0 = time.monotonic()
try:
    q.put(2, False, 5)
except queue.Full:
    print("put(2, False, 5): Full", time.monotonic() - t0 < 1)
lq = queue.LifoQueue(1)
lq.put("a", block=False, timeout=3)
try:
    lq.put("b", block=False, timeout=3)
except queue.Full:
    print("lifo Full", lq.qsize())
print(lq.get(block=False, timeout=3))
pq = queue.PriorityQueue()
try:
    pq.get(block=False, timeout=3)
except queue.Empty:
    print("priority Empty", pq.qsize())
print(q.get(block=True, timeout=None), q.qsize())
