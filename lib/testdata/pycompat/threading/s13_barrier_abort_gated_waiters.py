import threading, time

b = threading.Barrier(3)
results = []
lock = threading.Lock()
def worker(i):
    try:
        b.wait()
        r = "passed"
    except threading.BrokenBarrierError:
        r = "broken"
    with lock:
        results.append((i, r))

ts = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
for t in ts:
    t.start()
while b.n_waiting < 2:
    time.sleep(0.01)
print("parties", b.parties, "waiting", b.n_waiting, "broken", b.broken)
b.abort()
for t in ts:
    t.join()
print(sorted(results))
print("after abort: waiting", b.n_waiting, "broken", b.broken)
b.reset()
print("after reset: waiting", b.n_waiting, "broken", b.broken)
