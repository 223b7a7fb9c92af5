import threading
from concurrent.futures import ThreadPoolExecutor, TimeoutError

gate = threading.Event()
started = threading.Event()


def hold():
    started.set()
    gate.wait()
    return "held"


with ThreadPoolExecutor(max_workers=1) as ex:
    a = ex.submit(hold)
    b = ex.submit(lambda: "queued")
    started.wait()
    try:
        b.result(timeout=0.2)
    except TimeoutError:
        print("TimeoutError; running:", b.running(), "done:", b.done())
    print("cancel:", b.cancel(), b.cancelled())
    gate.set()
    print(a.result())
print(b.done(), a.done())
