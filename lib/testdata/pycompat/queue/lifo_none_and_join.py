import queue
import threading

q = queue.LifoQueue()
for x in (1, None, "x"):
    q.put(x)
seen = []

def drain():
    while not q.empty():
        seen.append(q.get())
        q.task_done()

t = threading.Thread(target=drain)
t.start()
q.join()
t.join()
print(seen, q.unfinished_tasks)
