import threading
b = threading.Barrier(3)
outcomes = []
lock = threading.Lock()
ready = threading.Semaphore(0)
def w(i):
    ready.release()
    try:
        b.wait()
        r = "passed"
    except threading.BrokenBarrierError:
        r = "broken"
    with lock:
        outcomes.append((i, r))
ts = [threading.Thread(target=w, args=(i,)) for i in range(2)]
for t in ts: t.start()
for _ in ts: ready.acquire()
while b.n_waiting < 2: pass
b.abort()
for t in ts: t.join()
print(sorted(outcomes), b.broken, b.n_waiting)
b.reset()
print(b.broken)
