import threading

r = threading.RLock()
depths = []


def visit(n):
    with r:
        depths.append(n)
        if n > 0:
            visit(n - 1)


visit(3)
print(depths)
r.acquire()
r.acquire()
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
got = []
r.acquire()
t = threading.Thread(target=lambda: got.append(r.acquire(timeout=0.1)))
t.start()
t.join()
print("other thread got it:", got[0])
r.release()
t = threading.Thread(target=lambda: got.append(r.acquire(blocking=False)))
t.start()
t.join()
print("after release:", got[1])
