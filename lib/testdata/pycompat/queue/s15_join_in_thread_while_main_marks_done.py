import queue
import threading

q = queue.Queue()
for i in range(4):
    q.put(i)
joined = threading.Event()


def waiter():
    q.join()
    joined.set()


t = threading.Thread(target=waiter)
t.start()
for i in range(4):
    q.get()
    print("done", i, "joined yet:", joined.is_set(), q.unfinished_tasks)
    if i < 3:
        q.task_done()
print("before last:", joined.wait(0.05))
q.task_done()
print("after last:", joined.wait(10))
t.join()
print(q.unfinished_tasks, t.is_alive())
