import threading

results = {}
def compute(key, base, exp=2, offset=0):
    results[key] = base ** exp + offset

specs = [(("sq", 3), {}), (("cube", 2), {"exp": 3}), (("shifted", 5), {"offset": -5}), (("both", 2), {"exp": 10, "offset": 1})]
ts = [threading.Thread(target=compute, args=a, kwargs=k) for a, k in specs]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results.items()))
