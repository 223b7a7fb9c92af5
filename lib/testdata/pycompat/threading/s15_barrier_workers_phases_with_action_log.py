import threading

log = []
lock = threading.Lock()
phase = [0]


def next_phase():
    phase[0] += 1
    log.append(f"-- phase {phase[0]} done")


b = threading.Barrier(3, action=next_phase)
results = {}


def worker(name):
    for step in range(2):
        with lock:
            results.setdefault(step, []).append(name)
        b.wait()


ts = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(log)
print({k: sorted(v) for k, v in results.items()})
print(b.parties, b.n_waiting, b.broken, phase[0])
