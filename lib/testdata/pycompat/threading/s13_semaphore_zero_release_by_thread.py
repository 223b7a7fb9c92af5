import threading

s = threading.Semaphore(0)
print("blocking=False:", s.acquire(blocking=False))
print("timeout=0:", s.acquire(timeout=0))
print("timeout=-3:", s.acquire(timeout=-3))
print("timeout=0.05:", s.acquire(timeout=0.05))
t = threading.Thread(target=s.release, args=(2,))
t.start()
t.join()
print("after release(2):", s.acquire(blocking=False), s.acquire(timeout=0), s.acquire(blocking=False))
got = []
w = threading.Thread(target=lambda: got.append(s.acquire(timeout=5)))
w.start()
s.release()
w.join()
print("waiter got", got, "value now", s._value)
