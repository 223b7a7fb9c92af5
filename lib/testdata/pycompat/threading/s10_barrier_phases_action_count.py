import threading

phases = []
b = threading.Barrier(3, action=lambda: phases.append(len(phases)))
lock = threading.Lock()
log = []

def worker(i):
    for phase in range(4):
        with lock:
            log.append((phase, i))
        b.wait()

ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(phases)
print([p for p, _ in log] == sorted(p for p, _ in log))
print(b.n_waiting, b.broken)
