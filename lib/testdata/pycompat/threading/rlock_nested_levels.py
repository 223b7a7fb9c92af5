import threading

r = threading.RLock()
for _ in range(3):
    r.acquire()
got = []
t = threading.Thread(target=lambda: got.append(r.acquire(blocking=False)))
t.start(); t.join()
r.release()
r.release()
t = threading.Thread(target=lambda: got.append(r.acquire(timeout=0.01)))
t.start(); t.join()
r.release()
t = threading.Thread(target=lambda: got.append(r.acquire(blocking=False)))
t.start(); t.join()
print(got)
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
