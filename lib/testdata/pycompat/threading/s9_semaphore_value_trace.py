import threading

s = threading.Semaphore(2)
print(s._value)
print(s.acquire(), s._value)
print(s.acquire(), s._value)
print(s.acquire(blocking=False), s._value)
print(s.acquire(timeout=0.01), s._value)
s.release()
print(s._value)
s.release(3)
print(s._value)
