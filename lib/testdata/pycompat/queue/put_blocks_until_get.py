import queue
import threading

q = queue.Queue(maxsize=1)
q.put("first")
done = threading.Event()

def putter():
    q.put("second")
    done.set()

t = threading.Thread(target=putter)
t.start()
print(done.wait(0.1))
print(q.get())
t.join()
print(done.is_set(), q.get())
