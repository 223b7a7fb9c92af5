import threading

def use(name, lock):
    got = lock.acquire(timeout=0.05)
    second = lock.acquire(timeout=0.05)
    lock.release()
    if second:
        lock.release()
    print(name, got, second)

use("Lock", threading.Lock())
use("RLock", threading.RLock())
use("Semaphore", threading.Semaphore(2))
use("BoundedSemaphore", threading.BoundedSemaphore(1))
use("Condition", threading.Condition())
