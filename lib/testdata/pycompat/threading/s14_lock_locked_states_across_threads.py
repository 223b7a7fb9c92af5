import threading

lock = threading.Lock()
held = threading.Event()
release = threading.Event()


def holder():
    with lock:
        held.set()
        release.wait()


print("start:", lock.locked())
t = threading.Thread(target=holder)
t.start()
held.wait()
print("held by thread:", lock.locked(), "main try:", lock.acquire(blocking=False), lock.acquire(timeout=0.1))
release.set()
t.join()
print("after join:", lock.locked(), lock.acquire(timeout=1), lock.locked())
lock.release()
print("released:", lock.locked())
