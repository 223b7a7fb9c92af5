import threading

class Config(threading.local):
    def __init__(self, level):
        self.level = level
        self.seen = []

cfg = Config(1)
out = {}
def worker(n):
    cfg.seen.append(n)
    cfg.level += n
    out[n] = (cfg.level, list(cfg.seen))

threads = [threading.Thread(target=worker, args=(n,)) for n in (10, 20)]
for t in threads:
    t.start()
    t.join()
print(out[10], out[20])
print(cfg.level, cfg.seen)
