import threading
from concurrent.futures import ThreadPoolExecutor

gate = threading.Event()
started = threading.Event()


def first():
    started.set()
    gate.wait()
    return "first"


ex = ThreadPoolExecutor(max_workers=1)
fs = [ex.submit(first)] + [ex.submit(str, i) for i in range(3)]
started.wait()
ex.shutdown(wait=False, cancel_futures=True)
print([f.cancelled() for f in fs])
try:
    ex.submit(str, 9)
except RuntimeError as e:
    print("RuntimeError:", e)
gate.set()
print(fs[0].result())
ex.shutdown(wait=True)
print("second shutdown ok", fs[0].done())
