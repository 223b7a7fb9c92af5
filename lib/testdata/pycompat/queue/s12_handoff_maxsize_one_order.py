import queue, threading
q = queue.Queue(maxsize=1)
log = []
def consumer():
    for _ in range(4):
        log.append(("got", q.get()))
        q.task_done()
t = threading.Thread(target=consumer)
t.start()
for i in range(4):
    q.put(i)
    q.join()
    log.append(("acked", i))
t.join()
print(log)
