import queue
import threading
import time

q = queue.Queue(maxsize=2)
log = []
lock = threading.Lock()

def producer():
    for i in range(5):
        q.put(i)
        with lock:
            log.append(("put", i))
    q.put(None)

def consumer():
    while (item := q.get()) is not None:
        time.sleep(0.01)
        with lock:
            log.append(("got", item))

ts = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in ts:
    t.start()
for t in ts:
    t.join()
puts = [i for k, i in log if k == "put"]
gots = [i for k, i in log if k == "got"]
print(puts, gots)
print(all(log.index(("put", i)) < log.index(("got", i + 2)) for i in range(3)))
