import queue, threading

q = queue.Queue()
errors = []
results = []
lock = threading.Lock()
def worker():
    while True:
        item = q.get()
        try:
            if item is None:
                return
            with lock:
                results.append(10 // item)
        except ZeroDivisionError as e:
            with lock:
                errors.append((item, str(e)))
        finally:
            q.task_done()

ts = [threading.Thread(target=worker) for _ in range(2)]
for t in ts:
    t.start()
for item in [5, 0, 2, 0, 1]:
    q.put(item)
q.join()
print(sorted(results), sorted(errors), q.unfinished_tasks)
for _ in ts:
    q.put(None)
for t in ts:
    t.join()
print("workers done", q.unfinished_tasks, q.empty())
