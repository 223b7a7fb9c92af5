import queue, threading, time

q = queue.Queue(maxsize=3)
max_seen = 0
def consumer():
    global max_seen
    while True:
        max_seen = max(max_seen, q.qsize())
        item = q.get()
        if item is None:
            q.task_done()
            return
        time.sleep(0.001)
        q.task_done()

c = threading.Thread(target=consumer)
c.start()
for i in range(30):
    q.put(i)
q.put(None)
q.join()
c.join()
print(max_seen <= 3, q.qsize(), q.empty(), q.full())
