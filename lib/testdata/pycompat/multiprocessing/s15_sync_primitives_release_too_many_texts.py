import multiprocessing

lock = multiprocessing.Lock()
try:
    lock.release()
except ValueError as e:
    print("Lock:", type(e).__name__, e)
bs = multiprocessing.BoundedSemaphore(1)
try:
    bs.release()
except ValueError as e:
    print("BoundedSemaphore:", type(e).__name__, e)
rl = multiprocessing.RLock()
try:
    rl.release()
except AssertionError as e:
    print("RLock:", type(e).__name__, e)
s = multiprocessing.Semaphore(0)
print(s.acquire(timeout=0.05), s.acquire(False), s.get_value())
s.release()
s.release()
print(s.get_value(), s.acquire(), s.get_value())
print(lock.acquire(), lock.acquire(block=False), lock.acquire(timeout=0.05))
lock.release()
print(lock.acquire(False))
