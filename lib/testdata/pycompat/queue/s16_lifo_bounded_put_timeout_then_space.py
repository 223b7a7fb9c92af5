import queue
import threading

q = queue.LifoQueue(maxsize=2)
q.put("a")
q.put("b")
print("full:", q.full(), q.qsize())
try:
    q.put("c", timeout=0.2)
except queue.Full:
    print("put c timed out")
taken = threading.Event()


def taker():
    taken.item = q.get()
    taken.set()


t = threading.Thread(target=taker)
t.start()
taken.wait()
t.join()
print("thread took", taken.item)
q.put("c", timeout=5)
print("then:", [q.get() for _ in range(2)], q.empty())
