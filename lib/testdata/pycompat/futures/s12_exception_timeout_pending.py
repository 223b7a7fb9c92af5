from concurrent.futures import ThreadPoolExecutor, TimeoutError
import threading

gate = threading.Event()
with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(gate.wait)
    try:
        f.exception(timeout=0.01)
    except TimeoutError as e:
        print("TimeoutError", f.running(), f.done())
    gate.set()
    print(f.exception(timeout=5), f.result())
    g = ex.submit(lambda: 1 / 0)
    e = g.exception()
    print(type(e).__name__, e)
