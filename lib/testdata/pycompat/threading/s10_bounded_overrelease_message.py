import threading

s = threading.BoundedSemaphore(2)
s.acquire()
s.release()
try:
    s.release()
except ValueError as e:
    print("ValueError:", e)
print(s._value)
u = threading.Semaphore(2)
u.release()
u.release()
print(u._value)
