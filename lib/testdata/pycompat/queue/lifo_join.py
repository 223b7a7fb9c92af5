import queue
import threading

q = queue.LifoQueue()
order = []

def worker():
    while True:
        x = q.get()
        if x is None:
            q.task_done()
            return
        order.append(x)
        q.task_done()

q.put(None)
for i in range(4):
    q.put(i)
t = threading.Thread(target=worker)
t.start()
q.join()
t.join()
print(order, q.unfinished_tasks)
