import threading

r = threading.RLock()
l = threading.Lock()
def grab():
    r.acquire()
    l.acquire()
t = threading.Thread(target=grab)
t.start()
t.join()
print("owner thread ended; alive:", t.is_alive())
print("RLock acquire(timeout=0.05):", r.acquire(timeout=0.05))
try:
    r.release()
except RuntimeError as e:
    print("RLock release:", type(e).__name__ + ":", e)
print("Lock locked:", l.locked(), "acquire(blocking=False):", l.acquire(blocking=False))
l.release()
print("main released the Lock:", l.locked(), l.acquire(blocking=False))
