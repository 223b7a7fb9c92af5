import threading

b = threading.Barrier(2, timeout=0.05)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("BrokenBarrierError after the default timeout")
print(b.broken)
try:
    b.wait(timeout=5)
except threading.BrokenBarrierError:
    print("still broken")
