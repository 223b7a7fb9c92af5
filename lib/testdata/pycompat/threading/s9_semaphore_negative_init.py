import threading

for cls in (threading.Semaphore, threading.BoundedSemaphore):
    try:
        cls(-1)
    except ValueError as e:
        print(cls.__name__, "ValueError:", e)
print(threading.Semaphore(0).acquire(blocking=False))
