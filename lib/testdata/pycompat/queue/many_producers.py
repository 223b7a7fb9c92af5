import queue
import threading

q = queue.Queue()

def produce(base):
    for i in range(100):
        q.put(base + i)

ts = [threading.Thread(target=produce, args=(b * 1000,)) for b in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
items = []
while not q.empty():
    items.append(q.get())
print(len(items), sum(items))
by_base = {}
for x in items:
    by_base.setdefault(x // 1000, []).append(x)
print(all(v == sorted(v) for v in by_base.values()))
