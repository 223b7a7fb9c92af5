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
# FIFO: each producer's items come out in the order it put them (the
# producers' items interleave when the threads run at once).
per = {}
for x in got:
    per.setdefault(x // 1000, []).append(x)
print(all(v == sorted(v) for v in per.values()))
