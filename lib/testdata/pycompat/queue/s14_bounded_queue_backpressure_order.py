import queue
import threading

q = queue.Queue(maxsize=2)
log = []
lock = threading.Lock()
consumer_go = threading.Event()


def producer():
    for i in range(5):
        q.put(i)
        with lock:
            log.append("put %d (size %d)" % (i, q.qsize()))


def consumer():
    consumer_go.wait()
    for _ in range(5):
        item = q.get()
        q.task_done()


p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
p.start()
c.start()
while q.qsize() < 2:
    pass
print("full before consumer:", q.full())
consumer_go.set()
p.join()
c.join()
q.join()
print(len(log), log[0], log[1])
print("end:", q.qsize(), q.empty())
