import queue
import threading

q = queue.Queue()
t = threading.Timer(0.3, q.put, args=("late item",))
t.start()
print("empty before:", q.empty())
print("got:", q.get(timeout=10))
t.join()
try:
    q.get(timeout=0.2)
except queue.Empty:
    print("nothing more")
t2 = threading.Timer(30, q.put, args=("never",))
t2.start()
t2.cancel()
t2.join()
print("cancelled timer put nothing:", q.qsize())
