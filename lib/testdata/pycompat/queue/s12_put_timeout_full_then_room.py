import queue, threading
q = queue.Queue(maxsize=1)
q.put("first")
try:
    q.put("second", timeout=0.02)
except queue.Full:
    print("Full after timeout", q.qsize())
threading.Timer(0.02, q.get).start()
q.put("second", timeout=5)
print(q.get(), q.qsize(), q.unfinished_tasks)
