import threading
results = {}
def compute(key, n):
    results[key] = sum(range(n))
    return "ignored"
ts = {k: threading.Thread(target=compute, args=(k, n)) for k, n in [("a", 10), ("b", 100)]}
for t in ts.values(): t.start()
for t in ts.values(): t.join()
print(results, [t.is_alive() for t in ts.values()])
