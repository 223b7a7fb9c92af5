import threading

b = threading.Barrier(2)
try:
    b.wait(timeout=0)
except threading.BrokenBarrierError as e:
    print("timeout=0:", type(e).__name__, repr(str(e)), b.broken, b.n_waiting)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("broken stays broken:", b.broken)
b.reset()
print("after reset:", b.broken, b.n_waiting, b.parties)
one = threading.Barrier(1)
print("single party, timeout=0:", one.wait(timeout=0), one.broken)
try:
    b.wait(timeout=-1)
except threading.BrokenBarrierError:
    print("timeout=-1: broken", b.broken)
