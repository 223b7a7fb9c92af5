import threading

r = threading.RLock()
r.acquire()
r.acquire()
out = []
def other():
    out.append(("blocking=False", r.acquire(blocking=False)))
    out.append(("timeout=0", r.acquire(timeout=0)))
    out.append(("timeout=0.05", r.acquire(timeout=0.05)))
    try:
        r.release()
    except RuntimeError as e:
        out.append(("release", type(e).__name__ + ": " + str(e)))
t = threading.Thread(target=other)
t.start()
t.join()
for name, v in out:
    print(name, v)
r.release()
print("still held by main after one release:", "locked" in repr(r))
r.release()
def later():
    ok = r.acquire(timeout=1)
    print("other acquires after full release:", ok)
    r.release()
t = threading.Thread(target=later)
t.start()
t.join()
try:
    r.release()
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
