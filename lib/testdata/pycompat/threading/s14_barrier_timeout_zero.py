import threading

b = threading.Barrier(2, timeout=0)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("broken at once:", b.broken)
b.reset()
print("after reset:", b.broken, b.n_waiting)
one = threading.Barrier(1, timeout=0)
print("last party passes:", one.wait())
neg = threading.Barrier(2, timeout=-1)
try:
    neg.wait()
except threading.BrokenBarrierError:
    print("negative broken:", neg.broken)
none = threading.Barrier(2)
t = threading.Thread(target=none.wait)
t.start()
print("no timeout index:", none.wait() in (0, 1))
t.join()
print("not broken:", none.broken)
