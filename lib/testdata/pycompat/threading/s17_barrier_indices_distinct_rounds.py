import threading

b = threading.Barrier(3)
idx = []
lock = threading.Lock()

def w():
    for _ in range(3):
        i = b.wait(30)
        with lock:
            idx.append(i)

ts = [threading.Thread(target=w) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(idx), b.n_waiting, b.broken)
