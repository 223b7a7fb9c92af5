from concurrent.futures import ThreadPoolExecutor, TimeoutError
import threading

gate = threading.Event()
with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(lambda: gate.wait() and "ready")
    try:
        f.result(timeout=0.02)
    except TimeoutError as e:
        print("TimeoutError", repr(str(e)), f.done(), f.running())
    try:
        f.exception(timeout=0.01)
    except TimeoutError:
        print("exception() timed out too")
    gate.set()
    print(f.result(timeout=10), f.done(), f.running())
