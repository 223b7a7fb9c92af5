import threading

s = threading.Semaphore(0)
got = []
lock = threading.Lock()


def worker(i):
    if s.acquire(timeout=30):
        with lock:
            got.append(i)


ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
s.release(4)
for t in ts:
    t.join()
print("all four got in:", sorted(got))
print("nothing left:", s.acquire(blocking=False))
s.release(2)
print("two left:", s.acquire(False), s.acquire(False), s.acquire(False))
