import queue, threading

q = queue.Queue(3)
total = [0]
lock = threading.Lock()

def consumer():
    while True:
        x = q.get()
        if x is None:
            return
        with lock:
            total[0] += x

cs = [threading.Thread(target=consumer) for _ in range(4)]
for c in cs:
    c.start()
for i in range(1, 101):
    q.put(i)
for _ in cs:
    q.put(None)
for c in cs:
    c.join()
print(total[0], q.empty())
