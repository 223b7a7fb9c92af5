from concurrent.futures import ThreadPoolExecutor, as_completed
import threading

gates = [threading.Event() for _ in range(3)]


def job(i):
    gates[i].wait(30)
    return i


with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(job, i) for i in range(3)]
    order = []
    it = as_completed(fs)
    for i in (2, 0, 1):
        gates[i].set()
        order.append(next(it).result())
print("completion order follows the gates:", order)
