import threading

lock = threading.Lock()
print(lock.locked())
with lock:
    print("inside", lock.locked())
print("after", lock.locked())
for i in range(2):
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
print(lock.acquire(), lock.acquire(False), lock.locked())
lock.release()
print(lock.acquire(blocking=False))
lock.release()
