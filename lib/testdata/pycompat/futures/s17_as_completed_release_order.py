import threading
from concurrent.futures import ThreadPoolExecutor, as_completed

gates = [threading.Event() for _ in range(3)]
with ThreadPoolExecutor(3) as ex:
    fs = [ex.submit(lambda i=i: gates[i].wait(30) and "task%d" % i) for i in range(3)]
    names = {f: i for i, f in enumerate(fs)}
    order = []
    it = as_completed(fs, timeout=60)
    for i in (2, 0, 1):
        gates[i].set()
        f = next(it)
        order.append(f.result())
    print(order)
