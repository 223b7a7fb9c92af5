import threading
lock = threading.Lock()
lock.acquire()
res = []
def try_it():
    res.append(lock.acquire(timeout=0.02))
    res.append(lock.acquire(blocking=False))
t = threading.Thread(target=try_it)
t.start(); t.join()
lock.release()
t = threading.Thread(target=try_it)
t.start(); t.join()
print(res, lock.locked())
