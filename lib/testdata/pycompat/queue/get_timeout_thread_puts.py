import queue
import threading

q = queue.Queue()
started = threading.Event()

def late():
    started.wait()
    q.put("late item")

t = threading.Thread(target=late)
t.start()
started.set()
print(q.get(timeout=30))
t.join()
print(q.empty())
