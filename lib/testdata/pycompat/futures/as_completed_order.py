from concurrent.futures import ThreadPoolExecutor, as_completed
import threading

gates = [threading.Event() for _ in range(3)]

def task(i):
    gates[i].wait()
    return i

with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(task, i) for i in range(3)]
    order = []
    it = as_completed(fs)
    for i in (2, 0, 1):
        gates[i].set()
        order.append(next(it).result())
    print(order)
