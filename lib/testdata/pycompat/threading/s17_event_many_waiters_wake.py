import threading

e = threading.Event()
res = []
lock = threading.Lock()

def w():
    r = e.wait(30)
    with lock:
        res.append(r)

ts = [threading.Thread(target=w) for _ in range(5)]
for t in ts:
    t.start()
e.set()
for t in ts:
    t.join()
print(res, e.is_set())
