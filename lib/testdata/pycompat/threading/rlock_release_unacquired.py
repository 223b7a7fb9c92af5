import threading

r = threading.RLock()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
r.acquire()
r.acquire()
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
