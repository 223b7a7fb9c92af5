import queue
import threading

q = queue.Queue(1)
q.put("a")
order = []

def putter():
    q.put("b")
    order.append("put b")

t = threading.Thread(target=putter)
t.start()
t.join(0.05)
print(t.is_alive(), q.qsize())
got = q.get()
t.join()
print(got, order, q.get(), q.empty())
