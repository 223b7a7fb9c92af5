import queue
import threading

q = queue.Queue(maxsize=2)
q.put("a")
q.put("b")
print("full", q.full(), q.qsize())
try:
    q.put("c", timeout=0.05)
except queue.Full:
    print("Full after 0.05s", q.qsize())
ready = threading.Event()
taken = []


def consumer():
    ready.wait()
    taken.append(q.get())


t = threading.Thread(target=consumer)
t.start()
ready.set()
q.put("c", timeout=10)
t.join()
print("taken", taken, "now", [q.get_nowait() for _ in range(q.qsize())])
print(q.empty(), q.full(), q.unfinished_tasks)
