import threading

calls = []
b = threading.Barrier(3, action=lambda: calls.append(len(calls)))
b.abort()
print(b.broken, b.n_waiting)
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", repr(str(e)))
b.reset()
print(b.broken)
idx = []
lock = threading.Lock()

def w():
    for _ in range(3):
        i = b.wait(30)
        with lock:
            idx.append(i)

ts = [threading.Thread(target=w) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(calls, sorted(idx), b.broken, b.n_waiting)
