import threading

data = threading.local()
totals = []
lock = threading.Lock()

def count(n):
    data.count = 0
    for _ in range(n):
        data.count += 1
    with lock:
        totals.append(data.count)

ts = [threading.Thread(target=count, args=(n,)) for n in (100, 200, 300)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(totals), hasattr(data, "count"))
