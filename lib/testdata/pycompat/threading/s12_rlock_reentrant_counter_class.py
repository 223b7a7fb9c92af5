import threading

class Counter:
    def __init__(self):
        self.lock = threading.RLock()
        self.n = 0
    def inc(self):
        with self.lock:
            self.n += 1
    def inc_twice(self):
        with self.lock:
            self.inc()
            self.inc()

c = Counter()
ts = [threading.Thread(target=c.inc_twice) for _ in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(c.n, c.lock.acquire(blocking=False), c.lock.acquire(blocking=False))
c.lock.release(); c.lock.release()
try:
    c.lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
