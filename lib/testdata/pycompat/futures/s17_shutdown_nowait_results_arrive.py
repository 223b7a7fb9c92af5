import threading
from concurrent.futures import ThreadPoolExecutor

gate = threading.Event()
ex = ThreadPoolExecutor(2)
fs = [ex.submit(lambda i=i: gate.wait(30) and i * 3) for i in range(4)]
ex.shutdown(wait=False)
print([f.done() for f in fs])
gate.set()
print([f.result(timeout=30) for f in fs])
try:
    ex.submit(print)
except RuntimeError as e:
    print("RuntimeError:", e)
