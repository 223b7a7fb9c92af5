from concurrent.futures import ThreadPoolExecutor, TimeoutError
import threading

gate = threading.Event()

def f(x):
    if x == 1:
        gate.wait()
    return x

with ThreadPoolExecutor(max_workers=2) as ex:
    try:
        print(list(ex.map(f, [0, 1, 2], timeout=0.05)))
    except TimeoutError:
        print("TimeoutError")
    gate.set()
