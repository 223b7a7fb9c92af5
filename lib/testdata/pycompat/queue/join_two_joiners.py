import queue
import threading

q = queue.Queue()
q.put("a")
q.put("b")
released = []
lock = threading.Lock()

def joiner(name):
    q.join()
    with lock:
        released.append(name)

js = [threading.Thread(target=joiner, args=("j%d" % i,)) for i in range(2)]
for j in js:
    j.start()
q.get()
q.task_done()
print("after one task_done:", released, q.unfinished_tasks)
q.get()
q.task_done()
for j in js:
    j.join()
print(sorted(released), q.unfinished_tasks)
