import threading

r = threading.RLock()
r.acquire()
errs = []
def other():
    try:
        r.release()
    except RuntimeError as e:
        errs.append(str(e))
    errs.append(r.acquire(blocking=False))
t = threading.Thread(target=other)
t.start()
t.join()
print(errs)
r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
