import queue
import threading

q = queue.LifoQueue()
ready = threading.Event()

def producer():
    ready.wait()
    for x in ("a", "b", "c"):
        q.put(x)

t = threading.Thread(target=producer)
t.start()
try:
    q.get(timeout=0.02)
except queue.Empty:
    print("Empty first")
ready.set()
t.join()
print(q.get(timeout=5), q.get(timeout=5), q.get(timeout=5), q.qsize())
