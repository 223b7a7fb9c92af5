import threading

b = threading.Barrier(3, timeout=0.1)
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

t = threading.Thread(target=w)
t.start()
t.join()
print(out, b.broken)
try:
    b.wait(timeout=5)
except threading.BrokenBarrierError:
    print("still broken")
b.reset()
print(b.broken, b.parties, b.n_waiting)
