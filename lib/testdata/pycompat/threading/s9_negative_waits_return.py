import threading

e = threading.Event()
print(e.wait(-1))
b = threading.Barrier(2)
try:
    b.wait(-1)
except threading.BrokenBarrierError:
    print("broken", b.broken)
c = threading.Condition()
with c:
    print(c.wait(-1), c.wait_for(lambda: False, -1))
