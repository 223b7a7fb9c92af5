import queue
import threading

q = queue.Queue()
errors = []
ok = []
lock = threading.Lock()


def worker():
    while True:
        item = q.get()
        try:
            if item is None:
                return
            if item % 4 == 0:
                raise ValueError(f"bad item {item}")
            with lock:
                ok.append(item)
        except ValueError as e:
            with lock:
                errors.append(str(e))
        finally:
            q.task_done()


ws = [threading.Thread(target=worker) for _ in range(3)]
for w in ws:
    w.start()
for i in range(1, 13):
    q.put(i)
for _ in ws:
    q.put(None)
q.join()
for w in ws:
    w.join()
print(sorted(ok))
print(sorted(errors), q.unfinished_tasks)
