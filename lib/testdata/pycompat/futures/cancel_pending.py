from concurrent.futures import ThreadPoolExecutor, CancelledError
import threading

gate = threading.Event()
started = threading.Event()

def block():
    started.set()
    gate.wait()
    return "first"

with ThreadPoolExecutor(max_workers=1) as ex:
    f1 = ex.submit(block)
    f2 = ex.submit(lambda: "second")
    started.wait()
    print(f1.cancel(), f2.cancel())
    print(f1.cancelled(), f2.cancelled(), f2.done(), f2.running())
    try:
        f2.result()
    except CancelledError:
        print("CancelledError")
    try:
        f2.exception()
    except CancelledError:
        print("CancelledError from exception()")
    gate.set()
    print(f1.result())
    print(f1.cancel(), f2.cancel())
