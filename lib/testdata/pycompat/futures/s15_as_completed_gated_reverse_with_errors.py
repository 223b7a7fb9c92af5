import threading
from concurrent.futures import ThreadPoolExecutor, as_completed

n = 4
gates = [threading.Event() for _ in range(n)]


def job(i):
    gates[i].wait()
    if i % 2:
        raise KeyError(i)
    return i * 100


with ThreadPoolExecutor(max_workers=n) as ex:
    futs = {ex.submit(job, i): i for i in range(n)}
    gates[n - 1].set()
    for f in as_completed(futs):
        i = futs[f]
        try:
            print(i, "->", f.result())
        except KeyError as e:
            print(i, "-> KeyError", e)
        if i > 0:
            gates[i - 1].set()
