import threading
from concurrent.futures import ThreadPoolExecutor, TimeoutError

gate = threading.Event()

def f(x):
    if x == 2:
        gate.wait(30)
    return x * 10

ex = ThreadPoolExecutor(1)
it = ex.map(f, [1, 2, 3, 4], timeout=0.1)
got = []
try:
    for r in it:
        got.append(r)
except TimeoutError as e:
    print("TimeoutError", repr(str(e)), got)
gate.set()
ex.shutdown(wait=True)
