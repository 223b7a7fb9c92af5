import queue
import threading
import time

q = queue.Queue()
for i in range(3):
    q.put(i)
for i in range(3):
    q.get()
q.task_done()
q.task_done()
print(q.unfinished_tasks)
t0 = time.monotonic()
threading.Timer(0.1, q.task_done).start()
q.join()
print(q.unfinished_tasks, time.monotonic() - t0 >= 0.09)
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e, q.unfinished_tasks)
q.join()
print("joined again")
