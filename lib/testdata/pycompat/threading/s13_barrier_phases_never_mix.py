import threading

b = threading.Barrier(3)
log = []
lock = threading.Lock()
def worker(w):
    for phase in range(4):
        with lock:
            log.append((phase, w))
        b.wait()

ts = [threading.Thread(target=worker, args=(w,)) for w in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
phases = [p for p, _ in log]
print(len(log), phases == sorted(phases), [sorted(w for p, w in log if p == k) for k in range(4)])
print("n_waiting", b.n_waiting, "broken", b.broken)
