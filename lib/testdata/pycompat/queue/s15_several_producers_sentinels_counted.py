import queue
import threading

q = queue.Queue(maxsize=4)
DONE = object()
produced = {}


def producer(name, n):
    for i in range(n):
        q.put((name, i))
    q.put(DONE)


producers = [threading.Thread(target=producer, args=(f"p{k}", 5 + k)) for k in range(3)]
for p in producers:
    p.start()
finished = 0
per = {}
order_ok = True
last = {}
while finished < len(producers):
    item = q.get()
    if item is DONE:
        finished += 1
        continue
    name, i = item
    if last.get(name, -1) + 1 != i:
        order_ok = False
    last[name] = i
    per[name] = per.get(name, 0) + 1
for p in producers:
    p.join()
print(sorted(per.items()), finished, order_ok, q.empty())
