import threading

b = threading.Barrier(1)
print(b.wait(), b.wait(), b.parties, b.n_waiting)
b.abort()
try:
    b.wait()
except threading.BrokenBarrierError:
    print("broken even alone")
b.reset()
print(b.wait(timeout=0))
