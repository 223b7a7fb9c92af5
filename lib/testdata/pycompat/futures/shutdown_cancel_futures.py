from concurrent.futures import ThreadPoolExecutor
import threading

gate = threading.Event()
started = threading.Event()

def first():
    started.set()
    gate.wait()
    return "ran"

ex = ThreadPoolExecutor(max_workers=1)
f1 = ex.submit(first)
rest = [ex.submit(lambda: "never") for _ in range(3)]
started.wait()
ex.shutdown(wait=False, cancel_futures=True)
gate.set()
ex.shutdown(wait=True)
print(f1.result())
print([f.cancelled() for f in rest])
try:
    ex.submit(lambda: 1)
except RuntimeError as e:
    print("RuntimeError:", e)
