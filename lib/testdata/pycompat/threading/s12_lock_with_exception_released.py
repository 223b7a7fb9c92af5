import threading

lock = threading.Lock()
rl = threading.RLock()
def risky(n):
    with lock:
        with rl:
            if n % 2:
                raise ValueError(f"odd {n}")
            return n

for n in range(4):
    try:
        print("ok", risky(n), lock.locked())
    except ValueError as e:
        print("error", e, lock.locked())
print(lock.acquire(blocking=False), rl.acquire(blocking=False))
lock.release(); rl.release()
print(lock.locked())
