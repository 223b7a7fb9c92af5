import threading

b = threading.Barrier(4)
seen = []

def w():
    b.wait(30)

ts = []
for i in range(3):
    t = threading.Thread(target=w)
    t.start()
    ts.append(t)
    while b.n_waiting < i + 1:
        pass
    seen.append(b.n_waiting)
print(seen)
print(b.wait(30) in range(4), b.n_waiting)
for t in ts:
    t.join()
