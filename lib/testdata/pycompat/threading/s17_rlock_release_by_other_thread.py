import threading

r = threading.RLock()
r.acquire()
r.acquire()
out = []

def other():
    try:
        r.release()
    except RuntimeError as e:
        out.append("RuntimeError: " + str(e))
    out.append(r.acquire(timeout=0.01))

t = threading.Thread(target=other)
t.start()
t.join()
print(out)
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
t = threading.Thread(target=lambda: out.append(r.acquire(timeout=5) and (r.release() or "free")))
t.start()
t.join()
print(out[-1])
