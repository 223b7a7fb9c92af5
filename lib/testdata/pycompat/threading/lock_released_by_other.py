import threading

lock = threading.Lock()
lock.acquire()

def releaser():
    lock.release()

t = threading.Thread(target=releaser)
t.start()
t.join()
print(lock.locked(), lock.acquire(timeout=5))
lock.release()
