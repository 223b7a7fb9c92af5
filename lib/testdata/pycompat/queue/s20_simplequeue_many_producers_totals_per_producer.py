import queue
import threading

q = queue.SimpleQueue()

def producer(pid, n):
    for i in range(n):
        q.put((pid, i))

ts = [threading.Thread(target=producer, args=(p, 50 + p)) for p in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
per = {}
last = {}
in_order = True
while not q.empty():
    pid, i = q.get_nowait()
    per[pid] = per.get(pid, 0) + 1
    if last.get(pid, -1) + 1 != i:
        in_order = False
    last[pid] = i
print(sorted(per.items()), in_order, q.qsize())
