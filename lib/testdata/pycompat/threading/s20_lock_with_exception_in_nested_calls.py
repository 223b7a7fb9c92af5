import threading

lock = threading.Lock()
log = []

def inner(x):
    with lock:
        log.append(("in", x, lock.locked()))
        if x % 2:
            raise ValueError(x)
    return x

for x in range(4):
    try:
        inner(x)
    except ValueError as e:
        log.append(("err", str(e), lock.locked()))
print(log)
print(lock.acquire(False), lock.locked())
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
