import queue
import threading

q = queue.Queue(maxsize=2)

def producer(base):
    for i in range(5):
        q.put(base + i)

ts = [threading.Thread(target=producer, args=(b,)) for b in (0, 10, 20)]
for t in ts:
    t.start()
got = [q.get() for _ in range(15)]
for t in ts:
    t.join()
print(sorted(got), q.qsize(), q.full())
for b in (0, 10, 20):
    mine = [x for x in got if b <= x < b + 5]
    print(mine == sorted(mine))
