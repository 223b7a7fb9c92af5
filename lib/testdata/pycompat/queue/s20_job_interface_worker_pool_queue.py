import queue
import threading


class Square:
    def __init__(self, x):
        self.x = x

    def run(self):
        return ("square", self.x * self.x)


class Upper:
    def __init__(self, s):
        self.s = s

    def run(self):
        return ("upper", self.s.upper())


jobs = queue.Queue()
results = queue.Queue()

def worker():
    while True:
        job = jobs.get()
        if job is None:
            jobs.task_done()
            return
        results.put(job.run())
        jobs.task_done()

ts = [threading.Thread(target=worker) for _ in range(3)]
for t in ts:
    t.start()
for j in [Square(3), Upper("go"), Square(4), Upper("py")]:
    jobs.put(j)
jobs.join()
for _ in ts:
    jobs.put(None)
for t in ts:
    t.join()
out = []
while not results.empty():
    out.append(results.get_nowait())
print(sorted(out, key=str))
