import queue
import threading

q = queue.Queue(maxsize=1)
log = []
lock = threading.Lock()
turn = threading.Event()


def producer():
    for i in range(3):
        q.put(i)
        with lock:
            log.append(f"put {i}")
    q.put(None)


t = threading.Thread(target=producer)
t.start()
got = []
while True:
    item = q.get()
    if item is None:
        break
    got.append(item)
t.join()
print(got, len(log), log[-1], q.empty(), q.full())
