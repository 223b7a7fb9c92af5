import queue, threading

q = queue.Queue()
got = []
lock = threading.Lock()
def getter():
    x = q.get()
    with lock:
        got.append(x)
ts = [threading.Thread(target=getter) for _ in range(3)]
for t in ts:
    t.start()
print(q.qsize(), q.empty())
for i in range(3):
    q.put(i)
for t in ts:
    t.join()
print(sorted(got), q.qsize(), q.empty())
