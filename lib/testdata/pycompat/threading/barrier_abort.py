import threading

b = threading.Barrier(3)
errors = []
lock = threading.Lock()

def w():
    try:
        b.wait()
    except threading.BrokenBarrierError:
        with lock:
            errors.append("broken")

ts = [threading.Thread(target=w) for _ in range(2)]
for t in ts:
    t.start()
while b.n_waiting < 2:
    pass
b.abort()
for t in ts:
    t.join()
print(errors, b.broken)
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", repr(str(e)))
b.reset()
print(b.broken, b.n_waiting)
