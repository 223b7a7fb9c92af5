import threading

b = threading.Barrier(3)
out = []
lock = threading.Lock()


def waiter():
    try:
        b.wait()
        r = "passed"
    except threading.BrokenBarrierError:
        r = "broken"
    with lock:
        out.append(r)


t = threading.Thread(target=waiter)
t.start()
while b.n_waiting < 1:
    pass
try:
    b.wait(timeout=0.3)
except threading.BrokenBarrierError:
    print("main timed out -> BrokenBarrierError")
t.join()
print("other waiter:", out, "broken:", b.broken, "n_waiting:", b.n_waiting)
b.reset()
ts = [threading.Thread(target=waiter) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("after reset, three pass:", sorted(out[1:]), b.broken)
