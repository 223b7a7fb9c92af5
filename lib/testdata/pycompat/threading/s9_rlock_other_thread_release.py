import threading

r = threading.RLock()
r.acquire()
out = []

def worker():
    try:
        r.release()
    except RuntimeError as e:
        out.append("RuntimeError: " + str(e))
    out.append(r.acquire(blocking=False))

t = threading.Thread(target=worker)
t.start()
t.join()
print(out)
r.release()
