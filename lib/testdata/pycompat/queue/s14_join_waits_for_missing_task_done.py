import queue
import threading

q = queue.Queue()
q.join()
print("join with nothing put returns")
q.put("job")
q.get()
joined = threading.Event()


def joiner():
    q.join()
    joined.set()


t = threading.Thread(target=joiner)
t.start()
print("joined before task_done:", joined.wait(0.3))
q.task_done()
print("joined after task_done:", joined.wait(10))
t.join()
