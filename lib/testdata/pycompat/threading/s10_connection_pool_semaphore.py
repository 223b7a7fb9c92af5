import threading

class Pool:
    def __init__(self, size):
        self.sem = threading.BoundedSemaphore(size)
        self.lock = threading.Lock()
        self.free = ["conn%d" % i for i in range(size)]
        self.used = set()

    def get(self):
        self.sem.acquire()
        with self.lock:
            c = self.free.pop()
            self.used.add(c)
            return c

    def put(self, c):
        with self.lock:
            self.used.remove(c)
            self.free.append(c)
        self.sem.release()

pool = Pool(3)
counts = {}
lock = threading.Lock()
def job(i):
    c = pool.get()
    try:
        with lock:
            counts[c] = counts.get(c, 0) + 1
    finally:
        pool.put(c)

ts = [threading.Thread(target=job, args=(i,)) for i in range(20)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sum(counts.values()), sorted(pool.free), pool.used, set(counts) <= {"conn0", "conn1", "conn2"})
