import queue
import threading

q = queue.SimpleQueue()

def produce(base):
    for i in range(50):
        q.put(base + i)

ts = [threading.Thread(target=produce, args=(b,)) for b in (0, 1000, 2000)]
for t in ts:
    t.start()
for t in ts:
    t.join()
items = [q.get() for _ in range(q.qsize())]
print(len(items), sum(items), q.empty())
per = {}
for x in items:
    per.setdefault(x // 1000, []).append(x)
print(all(v == sorted(v) for v in per.values()))
