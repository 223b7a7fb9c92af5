import threading


class Pool:
    def __init__(self, n, on_done):
        self.lock = threading.Lock()
        self.done = []
        self.on_done = on_done
        self.threads = [threading.Thread(target=self.work, args=(i,), name="w%d" % i) for i in range(n)]

    def work(self, i):
        r = i * 10
        with self.lock:
            self.done.append(r)
        self.on_done(threading.current_thread().name, r)

    def run(self):
        for t in self.threads:
            t.start()
        for t in self.threads:
            t.join()
        return sorted(self.done)


log = []
log_lock = threading.Lock()

def record(name, r):
    with log_lock:
        log.append((name, r))

p = Pool(4, record)
print(p.run(), sorted(log))
