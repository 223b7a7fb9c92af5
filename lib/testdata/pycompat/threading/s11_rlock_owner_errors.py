import threading

r = threading.RLock()
r.acquire()
errors = []
def other():
    try:
        r.release()
    except RuntimeError as e:
        errors.append(str(e))
    errors.append(r.acquire(blocking=False))
t = threading.Thread(target=other)
t.start()
t.join()
print(errors)
r.acquire()
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
