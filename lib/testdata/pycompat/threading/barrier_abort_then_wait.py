import threading

b = threading.Barrier(2)
b.abort()
print(b.broken)
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", repr(str(e)))
b.reset()
print(b.broken)
t = threading.Thread(target=b.wait)
t.start()
print(b.wait() in (0, 1))
t.join()
print(b.broken, b.n_waiting)
