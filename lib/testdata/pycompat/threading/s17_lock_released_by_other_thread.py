import threading

l = threading.Lock()
l.acquire()
t = threading.Thread(target=l.release)
t.start()
t.join()
print(l.locked(), l.acquire(blocking=False), l.locked())
l.release()
print(l.acquire(timeout=0.01), l.acquire(timeout=0.01))
