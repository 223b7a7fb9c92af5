import threading

calls = []
b = threading.Barrier(2, action=lambda: calls.append("action"), timeout=0.02)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("broken", b.broken, b.n_waiting)
print(calls)
b.reset()
res = []
t = threading.Thread(target=lambda: res.append(b.wait()))
t.start()
res.append(b.wait(timeout=5))
t.join()
print(sorted(res), calls, b.broken)
