import queue
import threading

tasks = queue.Queue()
results = queue.Queue()
N = 3


def worker(n):
    count = 0
    while True:
        item = tasks.get()
        if item is None:
            results.put(("worker", n, "done"))
            break
        results.put(item * item)
        count += 1


ts = [threading.Thread(target=worker, args=(i,)) for i in range(N)]
for t in ts:
    t.start()
for i in range(1, 11):
    tasks.put(i)
for _ in ts:
    tasks.put(None)
for t in ts:
    t.join()
squares, ends = [], []
while not results.empty():
    r = results.get()
    (ends if isinstance(r, tuple) else squares).append(r)
print(sorted(squares))
print(sorted(ends))
print("tasks left:", tasks.qsize())
