import threading
import time

s = threading.Semaphore(0)
got = []

def waiter(name, timeout):
    got.append((name, s.acquire(timeout=timeout)))

t1 = threading.Thread(target=waiter, args=("long", 30))
t1.start()
time.sleep(0.05)
s.release()
t1.join()
t2 = threading.Thread(target=waiter, args=("short", 0.02))
t2.start()
t2.join()
print(got, s._value)
s.release(3)
print(s.acquire(False), s.acquire(timeout=0), s.acquire(timeout=-1), s.acquire(blocking=False), s._value)
