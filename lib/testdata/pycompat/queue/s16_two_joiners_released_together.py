import queue
import threading

q = queue.Queue()
for i in range(4):
    q.put(i)
released = []
lock = threading.Lock()


def joiner(name):
    q.join()
    with lock:
        released.append(name)


js = [threading.Thread(target=joiner, args=(n,)) for n in ("a", "b")]
for j in js:
    j.start()
while not q.empty():
    q.get()
    q.task_done()
for j in js:
    j.join()
print(sorted(released), q.unfinished_tasks)
