import threading

r = threading.RLock()
try:
    r.release()
except RuntimeError as e:
    print("main, never acquired:", e)

r.acquire()
r.acquire()
out = []


def other():
    try:
        r.release()
    except RuntimeError as e:
        out.append(str(e))
    out.append(r.acquire(blocking=False))
    out.append(r.acquire(timeout=0.05))


t = threading.Thread(target=other)
t.start()
t.join()
print("other thread:", out)
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print("one release too many:", e)

got = []
t = threading.Thread(target=lambda: got.append(r.acquire(blocking=False)))
t.start()
t.join()
print("free now, thread took it:", got)
print("main cannot:", r.acquire(blocking=False))
