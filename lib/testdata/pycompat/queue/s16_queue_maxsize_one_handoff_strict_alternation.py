import queue
import threading

q = queue.Queue(maxsize=1)
acks = queue.Queue(maxsize=1)
log = []


def consumer():
    for _ in range(3):
        item = q.get()
        log.append("got %s" % item)
        acks.put(item)


t = threading.Thread(target=consumer)
t.start()
for i in range(3):
    q.put(i)
    log.append("acked %s" % acks.get())
t.join()
print(log)
