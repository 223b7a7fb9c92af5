from concurrent.futures import ThreadPoolExecutor, as_completed
import threading

gate = threading.Event()
started = threading.Event()

def block():
    started.set()
    gate.wait()
    return "block"

ex = ThreadPoolExecutor(max_workers=1)
a = ex.submit(block)
b = ex.submit(lambda: "b")
started.wait()
print(b.cancel())
gate.set()
ex.shutdown()
out = []
for f in as_completed([a, b]):
    out.append("cancelled" if f.cancelled() else f.result())
print(sorted(out))
