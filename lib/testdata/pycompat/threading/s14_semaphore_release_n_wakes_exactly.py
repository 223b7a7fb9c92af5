import threading

sem = threading.Semaphore(0)
lock = threading.Lock()
passed = []
arrived = threading.Barrier(4)


def waiter(i):
    arrived.wait()
    if sem.acquire(timeout=20):
        with lock:
            passed.append(i)


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
arrived.wait()
sem.release(2)
while True:
    with lock:
        if len(passed) == 2:
            break
print("after release(2):", len(passed))
sem.release()
for t in threads:
    t.join()
print("after release():", len(passed), sorted(passed))
print("nonblocking now:", sem.acquire(False))
