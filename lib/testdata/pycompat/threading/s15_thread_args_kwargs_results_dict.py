import threading

results = {}


def compute(key, base, *, power=2, offset=0):
    results[key] = base ** power + offset


specs = [("a", (3,), {}), ("b", (2,), {"power": 10}), ("c", (5,), {"offset": -5}), ("d", (2,), {"power": 3, "offset": 1})]
ts = [threading.Thread(target=compute, args=(k,) + args, kwargs=kw) for k, args, kw in specs]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results.items()))
print([t.name for t in ts])
