import threading

class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = None

    def run(self):
        self.result = self.n * self.n

ws = [Worker(i) for i in range(4)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print([w.result for w in ws])
print([w.name for w in ws])
