import threading

lock = threading.Lock()
held = threading.Event()
release = threading.Event()


def holder():
    with lock:
        held.set()
        release.wait()


t = threading.Thread(target=holder)
t.start()
held.wait()
print(lock.locked(), lock.acquire(timeout=0.05), lock.acquire(False), lock.acquire(timeout=0))
release.set()
print(lock.acquire(timeout=10), lock.locked())
lock.release()
t.join()
print(lock.locked())
