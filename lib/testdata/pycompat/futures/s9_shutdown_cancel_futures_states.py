from concurrent.futures import ThreadPoolExecutor
import threading

gate = threading.Event()
started = threading.Event()

def first():
    started.set()
    gate.wait()
    return "first"

ex = ThreadPoolExecutor(max_workers=1)
a = ex.submit(first)
rest = [ex.submit(lambda i=i: i) for i in range(3)]
started.wait()
threading.Timer(0.05, gate.set).start()
ex.shutdown(wait=True, cancel_futures=True)
print(a.result(), [f.cancelled() for f in rest])
try:
    ex.submit(lambda: 0)
except RuntimeError as e:
    print("RuntimeError:", e)
