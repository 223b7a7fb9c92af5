import threading

b = threading.Barrier(4)
errors = []
lock = threading.Lock()

def w():
    try:
        b.wait()
    except threading.BrokenBarrierError:
        with lock:
            errors.append("broken")

ts = [threading.Thread(target=w) for _ in range(3)]
for t in ts:
    t.start()
while b.n_waiting < 3:
    pass
b.abort()
for t in ts:
    t.join()
print(errors, b.broken, b.n_waiting)
b.reset()
print(b.broken, b.parties)
