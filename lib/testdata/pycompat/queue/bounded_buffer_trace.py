import queue
import threading

q = queue.Queue(maxsize=2)
log = []
lock = threading.Lock()
produced = threading.Semaphore(0)

def consumer():
    for _ in range(6):
        item = q.get()
        with lock:
            log.append(item)
        q.task_done()

c = threading.Thread(target=consumer)
c.start()
for i in range(6):
    q.put(i)
q.join()
c.join()
print(log, q.full(), q.empty())
