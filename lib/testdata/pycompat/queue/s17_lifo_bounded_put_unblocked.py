import queue
import threading

q = queue.LifoQueue(1)
q.put("old")
t = threading.Thread(target=q.put, args=("new",))
t.start()
t.join(0.05)
print(t.is_alive())
print(q.get())
t.join()
print(q.get(), q.empty())
