import threading

b = threading.Barrier(2)
b.reset()
out = []
lock = threading.Lock()

def w():
    i = b.wait()
    with lock:
        out.append(i)

ts = [threading.Thread(target=w) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out), b.broken, b.n_waiting)
