import queue
import threading

q = queue.SimpleQueue()
results = queue.SimpleQueue()

def worker():
    while True:
        n = q.get()
        if n is None:
            break
        results.put(n * n)

ts = [threading.Thread(target=worker) for _ in range(3)]
for t in ts:
    t.start()
for n in range(10):
    q.put(n)
for _ in ts:
    q.put(None)
for t in ts:
    t.join()
out = []
while not results.empty():
    out.append(results.get())
print(sorted(out), q.empty())
