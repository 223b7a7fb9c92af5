import threading

class ThreadPool:
    def __init__(self):
        self.active = []
        self.lock = threading.Lock()
        self.peak = 0
    def acquire(self, name):
        with self.lock:
            self.active.append(name)
            self.peak = max(self.peak, len(self.active))
    def release(self, name):
        with self.lock:
            self.active.remove(name)

def worker(sem, pool, gate):
    with sem:
        name = threading.current_thread().name
        pool.acquire(name)
        gate.wait(0.02)
        pool.release(name)

pool = ThreadPool()
sem = threading.Semaphore(3)
gate = threading.Event()
ts = [threading.Thread(target=worker, args=(sem, pool, gate), name="스레드 " + str(i)) for i in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(pool.peak <= 3, pool.active, sorted(t.name for t in ts)[:2])
