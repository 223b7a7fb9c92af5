import threading

s = threading.Semaphore(0)
print(s.acquire(timeout=0.01), s.acquire(blocking=False), s._value)
s.release()
print(s._value, s.acquire(timeout=1), s._value)
s.release(3)
print(s._value, s.acquire(blocking=False), s._value)
