import queue
import threading

q = queue.Queue()
for i in range(3):
    q.put(i)
got = [q.get() for _ in range(3)]

def finisher():
    for _ in got:
        q.task_done()

t = threading.Thread(target=finisher)
t.start()
q.join()
t.join()
print(got, q.unfinished_tasks)
fresh = queue.Queue()
fresh.join()
print("fresh join", fresh.unfinished_tasks)
