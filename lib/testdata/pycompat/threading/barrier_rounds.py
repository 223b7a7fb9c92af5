import threading

b = threading.Barrier(3)
lock = threading.Lock()
log = []

def w(i):
    for r in range(3):
        with lock:
            log.append(r)
        b.wait()

ts = [threading.Thread(target=w, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(log)
print(b.broken, b.n_waiting)
