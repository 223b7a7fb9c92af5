import re
import threading

r = threading.RLock()

def show():
    s = re.sub(r" object| at 0x[0-9a-f]+", "", repr(r))
    print(re.sub(r"owner=[1-9]\d*", "owner=N", s))

print(r.acquire(timeout=0))
print(r.acquire(blocking=False))
print(r.acquire(timeout=0.01))
show()
res = []
t = threading.Thread(target=lambda: res.append((r.acquire(timeout=0), r.acquire(blocking=False), r.acquire(timeout=0.02))))
t.start()
t.join()
print(res)
for _ in range(3):
    r.release()
    show()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
