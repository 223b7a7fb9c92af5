import threading

class CountDownLatch:
    def __init__(self, count):
        self.count = count
        self.cond = threading.Condition()
    def count_down(self):
        with self.cond:
            self.count -= 1
            if self.count <= 0:
                self.cond.notify_all()
    def wait(self, timeout=None):
        with self.cond:
            return self.cond.wait_for(lambda: self.count <= 0, timeout)

latch = CountDownLatch(3)
done = []
lock = threading.Lock()
def worker(i):
    with lock:
        done.append(i)
    latch.count_down()

print("not yet:", latch.wait(timeout=0.02), latch.count)
ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
print("opened:", latch.wait(timeout=10), latch.count, sorted(done))
for t in ts:
    t.join()
print("again:", latch.wait(0))
