import threading

# Python 3.11 accepts parties < 1: no wait is ever the last, so a wait
# with a timeout breaks the barrier.
b = threading.Barrier(0)
print(b.parties, b.n_waiting, b.broken)
try:
    b.wait(timeout=0.05)
except threading.BrokenBarrierError:
    print("BrokenBarrierError")
print(b.broken)
b.reset()
print(b.broken, b.n_waiting)
n = threading.Barrier(-3)
print(n.parties)
