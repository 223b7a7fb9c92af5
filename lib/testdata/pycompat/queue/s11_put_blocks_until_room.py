import queue, threading

q = queue.Queue(maxsize=2)
log = []
def producer():
    for i in range(5):
        q.put(i)
        log.append("put %d" % i)
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
print(got, len(log), q.empty())
