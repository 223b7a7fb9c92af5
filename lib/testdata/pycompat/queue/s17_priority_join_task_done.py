import queue
import threading

q = queue.PriorityQueue()
order = []

def worker():
    while True:
        x = q.get()
        order.append(x)
        q.task_done()
        if x == 99:
            break

for x in [5, 3, 99, 1, 4]:
    q.put(x)
t = threading.Thread(target=worker)
t.start()
q.join()
t.join()
print(order, q.unfinished_tasks, q.qsize())
