import queue
import threading


class CountingQueue(queue.Queue):
    def __init__(self, label, maxsize=0):
        super().__init__(maxsize)
        self.label = label
        self.puts = 0
        self.lock = threading.Lock()

    def put(self, item, block=True, timeout=None):
        with self.lock:
            self.puts += 1
        super().put(item, block, timeout)


def drain(q):
    out = []
    while not q.empty():
        out.append(q.get())
        q.task_done()
    return out


q = CountingQueue("jobs", 3)
ts = [threading.Thread(target=q.put, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(q.label, q.puts, q.full(), sorted(drain(q)), q.unfinished_tasks)
q.join()
print("joined", q.qsize())
