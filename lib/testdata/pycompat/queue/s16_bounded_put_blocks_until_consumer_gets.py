import queue
import threading

q = queue.Queue(maxsize=1)
log = []


def producer():
    for i in range(4):
        q.put(i)
    q.put(None)


t = threading.Thread(target=producer)
t.start()
while True:
    item = q.get()
    if item is None:
        break
    log.append(item)
t.join()
print("received in order:", log, "full at end:", q.full(), "size:", q.qsize())
