import threading

s = threading.Semaphore(0)
print("semaphore:", s.acquire(timeout=-1), s.acquire(timeout=0))
b = threading.BoundedSemaphore(1)
print("bounded with a free slot:", b.acquire(timeout=-5))
e = threading.Event()
print("event:", e.wait(timeout=-3))
c = threading.Condition()
with c:
    print("condition:", c.wait(-1), c.wait_for(lambda: False, -1))
bar = threading.Barrier(2)
try:
    bar.wait(-1)
except threading.BrokenBarrierError:
    print("barrier broken:", bar.broken)
t = threading.Thread(target=lambda: None)
t.start()
t.join(-1)
print("join(-1) returns")
t.join()
r = threading.RLock()
print("rlock timeout=-1:", r.acquire(timeout=-1))
try:
    r.acquire(timeout=-2)
except ValueError as e:
    print("rlock timeout=-2:", e)
