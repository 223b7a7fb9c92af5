import queue
import threading

q = queue.Queue()
processed = []
lock = threading.Lock()


def worker():
    while True:
        item = q.get()
        try:
            if item is None:
                return
            with lock:
                processed.append(item.upper())
        finally:
            q.task_done()


ts = [threading.Thread(target=worker) for _ in range(2)]
for t in ts:
    t.start()
for w in "alpha beta gamma delta".split():
    q.put(w)
q.join()
print(sorted(processed), q.unfinished_tasks)
for _ in ts:
    q.put(None)
q.join()
for t in ts:
    t.join()
print("workers done:", [t.is_alive() for t in ts])
