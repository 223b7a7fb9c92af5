import threading

sem = threading.Semaphore(1)
print(sem.acquire(timeout=0.01), sem.acquire(timeout=0.01), sem.acquire(blocking=False))
releaser = threading.Timer(0.02, sem.release)
releaser.start()
print(sem.acquire(timeout=10))
releaser.join()
print(sem._value)
