import threading
from concurrent.futures import ThreadPoolExecutor

gate = threading.Event()
started = threading.Event()

def first():
    started.set()
    gate.wait(30)
    return "first"

ex = ThreadPoolExecutor(1)
f1 = ex.submit(first)
rest = [ex.submit(pow, 2, i) for i in range(4)]
started.wait(30)
t = threading.Timer(0.05, gate.set)
t.start()
ex.shutdown(wait=True, cancel_futures=True)
t.join()
print(f1.result(), f1.cancelled())
print([f.cancelled() for f in rest], [f.done() for f in rest])
