from concurrent.futures import ThreadPoolExecutor
import threading

started = threading.Event()
gate = threading.Event()
def first():
    started.set()
    gate.wait()
    return "done"

ex = ThreadPoolExecutor(max_workers=1)
fs = [ex.submit(first)] + [ex.submit(lambda i=i: i) for i in range(4)]
started.wait()
ex.shutdown(wait=False, cancel_futures=True)
print([f.cancelled() for f in fs])
gate.set()
print(fs[0].result())
ex.shutdown(wait=True)
print([f.done() for f in fs])
