import threading

b = threading.Barrier(3)
out = []
lock = threading.Lock()

def w():
    try:
        b.wait()
        r = "passed"
    except threading.BrokenBarrierError:
        r = "broken"
    with lock:
        out.append(r)

ts = [threading.Thread(target=w) for _ in range(2)]
for t in ts:
    t.start()
while b.n_waiting < 2:
    pass
b.reset()
for t in ts:
    t.join()
print(out, b.broken, b.n_waiting)
ts = [threading.Thread(target=w) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(out[2:])
