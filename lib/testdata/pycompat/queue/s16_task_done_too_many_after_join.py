import queue
import threading

q = queue.Queue()
for i in range(3):
    q.put(i)
print("unfinished:", q.unfinished_tasks)
done = []


def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        done.append(item * 10)
        q.task_done()


t = threading.Thread(target=worker)
t.start()
q.join()
print("joined, done:", sorted(done), "unfinished:", q.unfinished_tasks)
q.put(None)
t.join()
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e, "unfinished:", q.unfinished_tasks)
q.join()
print("join on a finished queue returns at once")
