from concurrent.futures import ThreadPoolExecutor, TimeoutError
import threading

gate = threading.Event()

def job(x):
    if x == 2:
        gate.wait()
    return x * 2

ex = ThreadPoolExecutor(max_workers=3)
out = []
try:
    for r in ex.map(job, range(4), timeout=1.0):
        out.append(r)
except TimeoutError as e:
    print("TimeoutError", repr(str(e)))
print(out)
gate.set()
ex.shutdown()
