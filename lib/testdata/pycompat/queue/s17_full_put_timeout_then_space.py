import queue
import threading

q = queue.Queue(2)
q.put(1)
q.put(2)
try:
    q.put(3, timeout=0.02)
except queue.Full as e:
    print("Full", repr(str(e)), q.qsize())
t = threading.Timer(0.05, q.get)
t.start()
q.put(3, timeout=30)
t.join()
print(q.qsize(), q.get(), q.get(), q.qsize())
