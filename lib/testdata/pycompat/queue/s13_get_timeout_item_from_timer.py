import queue, threading

q = queue.Queue()
t = threading.Timer(0.05, q.put, args=("late",))
t.start()
print("got", q.get(timeout=5))
t.join()
full = queue.Queue(maxsize=1)
full.put("old")
t = threading.Timer(0.05, full.get)
t.start()
full.put("new", timeout=5)
t.join()
print("put went through:", full.get_nowait(), full.empty())
