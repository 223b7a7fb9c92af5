import threading

b = threading.Barrier(2, timeout=0.3)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("default timeout broke it:", b.broken)
b.reset()
res = []
t = threading.Thread(target=lambda: res.append(b.wait()))
t.start()
res.append(b.wait(timeout=30))
t.join()
print("two parties pass, indices:", sorted(res), "broken:", b.broken)
