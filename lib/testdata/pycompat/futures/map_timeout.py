from concurrent.futures import ThreadPoolExecutor
import threading

gate = threading.Event()
ran = []

def f(x):
    ran.append(x)
    if x == 1:
        gate.wait()
    return x * 10

ex = ThreadPoolExecutor(max_workers=1)
out = []
try:
    for r in ex.map(f, range(4), timeout=0.5):
        out.append(r)
except TimeoutError:
    print("TimeoutError")
print(out)
gate.set()
ex.shutdown()
print(ran)
