import queue
import threading

q = queue.Queue()
steps = threading.Semaphore(0)


def put_later(x):
    q.put(x)
    steps.release()


order = []
for x in ("first", "second", "third"):
    t = threading.Timer(0.01, put_later, args=(x,))
    t.start()
    steps.acquire()
    t.join()
    order.append(q.get(timeout=30))
print(order, q.empty())
