import queue
import threading

jobs = queue.SimpleQueue()
results = queue.SimpleQueue()


def consumer(name):
    count = 0
    while True:
        n = jobs.get()
        if n is None:
            results.put((name, "stop", count))
            return
        count += 1
        results.put((name, "sq", n * n))


cs = [threading.Thread(target=consumer, args=(f"c{i}",)) for i in range(3)]
for c in cs:
    c.start()
for n in range(1, 13):
    jobs.put(n)
for _ in cs:
    jobs.put(None)
for c in cs:
    c.join()
squares, stops = [], 0
total = 0
while not results.empty():
    name, kind, v = results.get_nowait()
    if kind == "sq":
        squares.append(v)
    else:
        stops += 1
        total += v
print(sorted(squares))
print(stops, total, jobs.qsize(), jobs.empty(), results.qsize())
