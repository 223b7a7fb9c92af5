import threading

b = threading.Barrier(2)
try:
    b.wait(timeout=0.02)
except threading.BrokenBarrierError as e:
    print(type(e).__name__, repr(str(e)))
print(b.broken)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("still broken")
b.reset()
print(b.broken)
