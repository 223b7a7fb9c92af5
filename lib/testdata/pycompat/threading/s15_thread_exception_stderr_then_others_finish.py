import threading

results = []


def work(n):
    if n == 2:
        raise ValueError(f"cannot handle {n}")
    results.append(n * 10)


ts = [threading.Thread(target=work, args=(n,), name=f"job-{n}") for n in range(4)]
for t in ts:
    t.start()
    t.join()
print(sorted(results), [t.is_alive() for t in ts])
# pycompat: stderr
