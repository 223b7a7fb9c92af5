import threading

b = threading.Barrier(2, timeout=0.05)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("broken after timeout", b.broken)
b.reset()
b2 = threading.Barrier(2)
try:
    b2.wait(timeout=0.05)
except threading.BrokenBarrierError:
    print("broken after wait timeout", b2.broken)
