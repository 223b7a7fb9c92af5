import threading

e = threading.Event()
res = []
lock = threading.Lock()

def w():
    r = e.wait(0.02)
    with lock:
        res.append(r)

ts = [threading.Thread(target=w) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(res)
e.set()
e.set()
print(e.is_set())
e.clear()
e.clear()
print(e.is_set(), e.wait(timeout=0.0))
