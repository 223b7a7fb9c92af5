import threading
from concurrent.futures import ThreadPoolExecutor

order = []
lock = threading.Lock()


def task(i):
    with lock:
        order.append(i)
    return i


ex = ThreadPoolExecutor(max_workers=1)
fs = [ex.submit(task, i) for i in range(5)]
ex.shutdown(wait=True)
print(order, [f.done() for f in fs], [f.result() for f in fs])
print(any(f.cancelled() for f in fs), any(f.running() for f in fs))
