import queue, threading
q = queue.Queue(maxsize=2)
seen = []
def consumer():
    while True:
        x = q.get()
        if x is None:
            q.task_done()
            return
        seen.append(x)
        q.task_done()
threading.Thread(target=consumer).start()
for i in range(6):
    q.put(i)
q.put(None)
q.join()
print(seen, q.unfinished_tasks, q.qsize(), q.full())
