import threading

lock = threading.Lock()
lock.acquire()
log = []


def releaser():
    log.append(("locked seen by thread", lock.locked()))
    lock.release()
    log.append(("released by thread", lock.locked()))


t = threading.Thread(target=releaser)
t.start()
t.join()
print(log)
print("main can take it:", lock.acquire(timeout=1))
lock.release()
