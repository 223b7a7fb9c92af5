import threading

b = threading.Barrier(3)
print(b.parties, b.n_waiting, b.broken)
arrived = threading.Semaphore(0)
results = []

def w():
    arrived.release()
    results.append(b.wait())

ts = [threading.Thread(target=w) for _ in range(2)]
for t in ts:
    t.start()
arrived.acquire()
arrived.acquire()
while b.n_waiting < 2:
    pass
print(b.n_waiting)
results.append(b.wait())
for t in ts:
    t.join()
print(sorted(results), b.n_waiting, b.broken)
