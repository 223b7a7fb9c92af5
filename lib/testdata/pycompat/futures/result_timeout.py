from concurrent.futures import ThreadPoolExecutor, TimeoutError
import threading

gate = threading.Event()
with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(lambda: gate.wait() and "ok")
    try:
        f.result(timeout=0.05)
    except TimeoutError as e:
        print("TimeoutError", repr(str(e)))
    print(f.running(), f.done())
    gate.set()
    print(f.result(timeout=5))
    print(f.running(), f.done())
