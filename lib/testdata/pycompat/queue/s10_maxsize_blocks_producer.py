import queue, threading

q = queue.Queue(maxsize=2)
log = []
lock = threading.Lock()

def producer():
    for i in range(6):
        q.put(i)
        with lock:
            log.append(("put", i))
    q.put(None)

t = threading.Thread(target=producer)
t.start()
got = []
while True:
    x = q.get()
    if x is None:
        break
    got.append(x)
    assert q.qsize() <= 2
t.join()
print(got, len(log), q.empty(), q.maxsize)
