import threading

results = [None] * 4


def power(index, base, exp=2, *, offset=0):
    results[index] = base ** exp + offset


specs = [dict(base=2), dict(base=3, exp=3), dict(base=10, offset=5), dict(base=2, exp=10, offset=-24)]
threads = [threading.Thread(target=power, args=(i,), kwargs=kw) for i, kw in enumerate(specs)]
print([t.name for t in threads])
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)
