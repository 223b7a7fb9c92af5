import queue, threading

q = queue.Queue(maxsize=1)
got = []
def consumer():
    while True:
        x = q.get()
        if x is None:
            break
        got.append(x)

c = threading.Thread(target=consumer)
c.start()
for i in range(6):
    q.put(i, timeout=10)
q.put(None)
c.join()
print(got, q.qsize(), q.full(), q.empty())
