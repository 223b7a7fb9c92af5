import queue, threading

pq = queue.PriorityQueue()
try:
    pq.get(timeout=0.01)
except queue.Empty:
    print("Empty")
t = threading.Timer(0.02, lambda: [pq.put(x) for x in (5, 3, 9)])
t.start()
t.join()
print(pq.get(timeout=1), pq.get_nowait(), pq.get(block=False), pq.qsize())
