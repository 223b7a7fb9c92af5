from concurrent.futures import ThreadPoolExecutor, TimeoutError
import threading

gate = threading.Event()
def f(x):
    if x == 2:
        gate.wait()
    return x * 10

with ThreadPoolExecutor(max_workers=3) as ex:
    got = []
    try:
        for r in ex.map(f, range(4), timeout=1.0):
            got.append(r)
    except TimeoutError as e:
        print("TimeoutError", repr(str(e)))
    print(got)
    gate.set()
