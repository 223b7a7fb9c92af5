import threading

lock = threading.Lock()
lock.acquire()
t = threading.Thread(target=lock.release)
t.start()
t.join()
print(lock.locked())
print(lock.acquire(timeout=0.05))
