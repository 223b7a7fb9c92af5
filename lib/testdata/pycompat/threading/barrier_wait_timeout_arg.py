import threading

b = threading.Barrier(3)
print(b.parties, b.n_waiting, b.broken)
try:
    b.wait(timeout=0.03)
except threading.BrokenBarrierError:
    print("BrokenBarrierError", b.n_waiting, b.broken)
b.reset()
out = []

def w():
    out.append(b.wait(timeout=10))

ts = [threading.Thread(target=w) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out), b.broken)
