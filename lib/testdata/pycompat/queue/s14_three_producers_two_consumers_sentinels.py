import queue
import threading

q = queue.Queue(maxsize=4)
results = []
lock = threading.Lock()


def producer(pid):
    for i in range(5):
        q.put((pid, i))


def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with lock:
            results.append(item)
        q.task_done()


producers = [threading.Thread(target=producer, args=(p,)) for p in range(3)]
consumers = [threading.Thread(target=consumer) for _ in range(2)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(None)
q.join()
for t in consumers:
    t.join()
results.sort()
print(len(results), results[:3], results[-1])
print("unfinished:", q.unfinished_tasks, "empty:", q.empty())
