from concurrent.futures import ThreadPoolExecutor
import threading

gates = {i: threading.Event() for i in range(4)}


def job(i):
    gates[i].wait(30)
    return i * 11


def opener():
    for i in (3, 2, 1, 0):
        gates[i].set()


with ThreadPoolExecutor(max_workers=5) as ex:
    results = ex.map(job, range(4))
    ex.submit(opener)
    print(list(results))
