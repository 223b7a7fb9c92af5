import queue, threading

q = queue.Queue(maxsize=1)
q.put("first")
t = threading.Timer(0.03, q.get)
t.start()
q.put("second", timeout=10)
t.join()
print(q.qsize(), q.get_nowait(), q.empty())
