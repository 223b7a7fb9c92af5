import threading

b = threading.Barrier(3, timeout=5)
print(b.parties, b.n_waiting, b.broken)
one = threading.Barrier(1)
print(one.wait(), one.wait(), one.n_waiting)
