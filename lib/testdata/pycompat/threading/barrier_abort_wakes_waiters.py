import threading

b = threading.Barrier(4)
out = []
lock = threading.Lock()

def w(i):
    try:
        b.wait()
        r = "passed"
    except threading.BrokenBarrierError:
        r = "broken"
    with lock:
        out.append((i, r))

ts = [threading.Thread(target=w, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
while b.n_waiting < 3:
    pass
print("waiting:", b.n_waiting)
b.abort()
for t in ts:
    t.join()
print(sorted(out), b.n_waiting)
