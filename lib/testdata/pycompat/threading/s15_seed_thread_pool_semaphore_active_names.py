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


pool = ThreadPool()
semaphore = threading.Semaphore(2)
inside = threading.Barrier(2)
order = []


def worker(semaphore, pool):
    with semaphore:
        name = threading.current_thread().name
        pool.acquire(name)
        try:
            inside.wait(timeout=5)
        except threading.BrokenBarrierError:
            pass
        order.append(name)
        pool.release(name)


threads = []
for i in range(4):
    t = threading.Thread(target=worker, args=(semaphore, pool), name="thread_" + str(i))
    t.start()
    threads.append(t)
for t in threads:
    t.join()
print(pool.peak, pool.active, sorted(order), semaphore._value)
