import queue
import threading

q = queue.Queue()
for i in range(3):
    q.put_nowait(i)
print("after puts:", q.unfinished_tasks)
print("got:", q.get_nowait(), q.get_nowait(), "unfinished still:", q.unfinished_tasks)
joined = threading.Event()


def joiner():
    q.join()
    joined.set()


t = threading.Thread(target=joiner)
t.start()
print("join waits:", joined.wait(0.2))
q.task_done()
q.task_done()
print("two done, still waits:", joined.wait(0.2), q.unfinished_tasks)
q.get()
q.task_done()
print("all done:", joined.wait(10), q.unfinished_tasks)
t.join()
