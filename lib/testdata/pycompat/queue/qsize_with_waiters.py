import queue
import threading

q = queue.Queue(maxsize=2)
q.put("a")
q.put("b")
started = threading.Event()

def putter():
    started.set()
    q.put("c")

t = threading.Thread(target=putter)
t.start()
started.wait()
print(q.qsize(), q.full())
print(q.get(), q.get(), q.get())
t.join()
print(q.qsize(), q.empty(), q.unfinished_tasks)
