import threading

r = threading.RLock()
r.acquire()
r.acquire()
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with r:
    with r:
        print("nested")
print(r.acquire(blocking=False))
r.release()
