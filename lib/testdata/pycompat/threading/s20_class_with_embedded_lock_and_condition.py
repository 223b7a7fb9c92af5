import threading


class Counter:
    def __init__(self):
        self.lock = threading.Lock()
        self.cond = threading.Condition(self.lock)
        self.n = 0

    def incr(self):
        with self.lock:
            self.n += 1
            self.cond.notify_all()

    def wait_for(self, target):
        with self.cond:
            return self.cond.wait_for(lambda: self.n >= target, timeout=30)


c = Counter()
ts = [threading.Thread(target=c.incr) for _ in range(20)]
for t in ts:
    t.start()
print(c.wait_for(20), c.n)
for t in ts:
    t.join()
print(c.lock.locked(), c.n)
