import threading

b = threading.Barrier(4)
counts = []
ts = []
for i in range(3):
    t = threading.Thread(target=b.wait)
    t.start()
    ts.append(t)
    while b.n_waiting < i + 1:
        pass
    counts.append(b.n_waiting)
print("waiting after each arrival:", counts)
print("index of the last:", b.wait())
for t in ts:
    t.join()
print("after release:", b.n_waiting, b.broken, b.parties)
