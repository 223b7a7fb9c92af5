import threading
import time

b = threading.Barrier(3, timeout=30)
res = []
lock = threading.Lock()

def w():
    try:
        b.wait()
        r = "passed"
    except threading.BrokenBarrierError:
        r = "broken"
    with lock:
        res.append(r)

t = threading.Thread(target=w)
t.start()
while b.n_waiting < 1:
    time.sleep(0.001)
t0 = time.monotonic()
try:
    b.wait(0.05)
    print("passed")
except threading.BrokenBarrierError:
    print("main broken", time.monotonic() - t0 < 10)
t.join()
print(res, b.broken, b.n_waiting)
