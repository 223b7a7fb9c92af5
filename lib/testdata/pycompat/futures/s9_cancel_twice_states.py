from concurrent.futures import ThreadPoolExecutor
import threading

gate = threading.Event()
ex = ThreadPoolExecutor(max_workers=1)
ex.submit(gate.wait)
f = ex.submit(lambda: 1)
print(f.cancel(), f.cancel(), f.cancelled(), f.done(), f.running())
gate.set()
ex.shutdown()
print(f.cancelled())
