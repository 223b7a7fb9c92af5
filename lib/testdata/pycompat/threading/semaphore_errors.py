import threading

try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
s = threading.Semaphore(0)
try:
    s.release(0)
except ValueError as e:
    print("ValueError:", e)
b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
try:
    threading.BoundedSemaphore(-3)
except ValueError as e:
    print("ValueError:", e)
