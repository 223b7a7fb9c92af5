import threading

data = threading.local()
lock = threading.Lock()
totals = {}
def work(name, n):
    data.count = 0
    for _ in range(n):
        data.count += 1
    with lock:
        totals[name] = data.count

ts = [threading.Thread(target=work, args=(f"t{i}", 1000 * (i + 1))) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(totals.items()), hasattr(data, "count"))
data.count = -1
print(data.count)
