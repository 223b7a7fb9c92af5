import queue
import threading

q = queue.Queue(1)
q.put("first")
got = []
t = threading.Thread(target=lambda: got.append(q.get()))
t.start()
q.put("second", timeout=30)
t.join()
print(got, q.get(), q.empty())
