import queue
import threading

q = queue.Queue()
done = []
lock = threading.Lock()

def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        with lock:
            done.append(item * item)
        q.task_done()

ts = [threading.Thread(target=worker) for _ in range(3)]
for t in ts:
    t.start()
for i in range(10):
    q.put(i)
q.join()
print(sorted(done), q.unfinished_tasks)
for _ in ts:
    q.put(None)
q.join()
for t in ts:
    t.join()
print(q.qsize(), q.unfinished_tasks)
