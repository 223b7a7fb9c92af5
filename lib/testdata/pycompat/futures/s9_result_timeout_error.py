from concurrent.futures import ThreadPoolExecutor, TimeoutError
import threading

gate = threading.Event()
with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(gate.wait)
    try:
        f.result(timeout=0.02)
    except TimeoutError as e:
        print("TimeoutError", repr(str(e)), f.done())
    try:
        f.exception(timeout=0)
    except TimeoutError:
        print("exception TimeoutError")
    gate.set()
    print(f.result(timeout=5))
