import threading
from concurrent.futures import ThreadPoolExecutor, TimeoutError

gate = threading.Event()
with ThreadPoolExecutor(1) as ex:
    f = ex.submit(gate.wait, 30)
    for g in (lambda: f.result(timeout=0.01), lambda: f.exception(timeout=0.01), lambda: f.result(0)):
        try:
            g()
        except TimeoutError as e:
            print("TimeoutError", repr(str(e)), f.running(), f.done())
    gate.set()
    print(f.result(timeout=30), f.exception(timeout=30))
