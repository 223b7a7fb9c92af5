import queue
import threading

q = queue.LifoQueue()
order = []

def worker():
    while True:
        x = q.get()
        order.append(x)
        q.task_done()

for i in range(5):
    q.put(i)
t = threading.Thread(target=worker, daemon=True)
t.start()
q.join()
print(order, q.unfinished_tasks)
