import threading

results = {}
lock = threading.Lock()
b = threading.Barrier(3)
def phase_worker(i):
    for phase in range(3):
        with lock:
            results.setdefault(phase, []).append(i)
        b.wait()

ts = [threading.Thread(target=phase_worker, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print({k: sorted(v) for k, v in results.items()}, b.n_waiting, b.broken)
