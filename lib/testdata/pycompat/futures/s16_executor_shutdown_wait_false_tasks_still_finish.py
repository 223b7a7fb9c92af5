from concurrent.futures import ThreadPoolExecutor
import threading

gate = threading.Event()
ex = ThreadPoolExecutor(max_workers=2)
fs = [ex.submit(lambda i=i: (gate.wait(30), i * i)[1]) for i in range(4)]
ex.shutdown(wait=False)
print("shutdown returned; done:", sum(f.done() for f in fs))
try:
    ex.submit(print)
except RuntimeError as e:
    print("RuntimeError:", e)
gate.set()
print([f.result(timeout=30) for f in fs])
