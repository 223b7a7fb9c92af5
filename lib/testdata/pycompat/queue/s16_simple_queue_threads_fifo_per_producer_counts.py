import queue
import threading

sq = queue.SimpleQueue()


def producer(name):
    for i in range(50):
        sq.put((name, i))


ts = [threading.Thread(target=producer, args=(n,)) for n in "abc"]
for t in ts:
    t.start()
for t in ts:
    t.join()
seen = {}
while not sq.empty():
    name, i = sq.get_nowait()
    seen.setdefault(name, []).append(i)
print({k: (len(v), v == sorted(v)) for k, v in sorted(seen.items())}, sq.qsize())
