from concurrent.futures import ThreadPoolExecutor
import threading

gate = threading.Event()
ex = ThreadPoolExecutor(max_workers=2)
fs = [ex.submit(lambda i=i: (gate.wait(), i)[1]) for i in range(4)]
ex.shutdown(wait=False)
print("returned at once:", sum(f.done() for f in fs))
gate.set()
print([f.result() for f in fs])
try:
    ex.submit(int)
except RuntimeError as e:
    print(e)
