import queue
import threading

q = queue.SimpleQueue()

def producer(base):
    for i in range(100):
        q.put(base + i)

ts = [threading.Thread(target=producer, args=(b,)) for b in (0, 1000, 2000)]
for t in ts:
    t.start()
for t in ts:
    t.join()
got = [q.get() for _ in range(300)]
print(len(got), sum(got), q.empty())
print(got[:3] == sorted(got[:3]))
