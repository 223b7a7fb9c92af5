import threading

r = threading.RLock()
print(r.acquire())
print(r.acquire())
print(r.acquire(blocking=False))
r.release()
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
