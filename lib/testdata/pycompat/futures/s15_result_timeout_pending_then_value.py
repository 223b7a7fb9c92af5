import threading
from concurrent.futures import ThreadPoolExecutor, TimeoutError

gate = threading.Event()
with ThreadPoolExecutor(1) as ex:
    f = ex.submit(lambda: gate.wait() and "value")
    for t in (0, 0.05):
        try:
            f.result(timeout=t)
        except TimeoutError as e:
            print("TimeoutError", repr(str(e)), f.done())
    try:
        f.exception(timeout=0.01)
    except TimeoutError:
        print("exception() timed out too")
    gate.set()
    print(f.result(timeout=10), f.exception(timeout=10))
