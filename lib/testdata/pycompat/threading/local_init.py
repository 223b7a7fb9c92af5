import threading

class MyLocal(threading.local):
    def __init__(self):
        self.count = 0

data = MyLocal()
out = []
lock = threading.Lock()

def w(n):
    for _ in range(n):
        data.count += 1
    with lock:
        out.append((n, data.count))

ts = [threading.Thread(target=w, args=(n,)) for n in (3, 5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out), data.count)
