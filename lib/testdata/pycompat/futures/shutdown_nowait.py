from concurrent.futures import ThreadPoolExecutor
import threading

gate = threading.Event()
ex = ThreadPoolExecutor(max_workers=1)
f = ex.submit(lambda: gate.wait() and "finished")
ex.shutdown(wait=False)
print(f.done())
gate.set()
print(f.result())
ex.shutdown()
print(f.done())
