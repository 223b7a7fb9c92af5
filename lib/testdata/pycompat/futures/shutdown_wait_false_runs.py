from concurrent.futures import ThreadPoolExecutor
import threading

gate = threading.Event()
ex = ThreadPoolExecutor(max_workers=1)
fs = [ex.submit(lambda i=i: gate.wait() and i) for i in range(3)]
ex.shutdown(wait=False)
print([f.done() for f in fs])
gate.set()
print([f.result(timeout=10) for f in fs], [f.cancelled() for f in fs])
