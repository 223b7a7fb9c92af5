import threading

s = threading.Semaphore(1)
s.acquire()
print(s.acquire(blocking=False))
t = threading.Thread(target=s.release)
t.start()
t.join()
print(s.acquire(blocking=False), s._value)
t = threading.Thread(target=lambda: s.release(2))
t.start()
t.join()
print(s._value)
