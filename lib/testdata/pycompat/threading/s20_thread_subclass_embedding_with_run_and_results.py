import threading


class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = None

    def run(self):
        self.result = sum(range(self.n))


ws = [Worker(n) for n in (10, 100, 1000)]
print([w.name for w in ws], [w.is_alive() for w in ws])
for w in ws:
    w.start()
for w in ws:
    w.join()
print([w.result for w in ws], [w.is_alive() for w in ws])
