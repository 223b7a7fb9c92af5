import threading
from concurrent.futures import ThreadPoolExecutor, TimeoutError

gate = threading.Event()
with ThreadPoolExecutor(2) as ex:
    ok = ex.submit(lambda: "ok")
    bad = ex.submit(lambda: 1 / 0)
    ok.result()
    bad.exception()
    slow = ex.submit(gate.wait, 30)
    print(ok.result(timeout=0), ok.exception(timeout=0))
    print(type(bad.exception(timeout=0)).__name__, bad.exception(-1))
    try:
        bad.result(timeout=0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    for call in (lambda: slow.result(timeout=0), lambda: slow.exception(timeout=-1), lambda: slow.result(0.01)):
        try:
            call()
        except TimeoutError as e:
            print("TimeoutError", repr(str(e)), slow.done())
    gate.set()
print(slow.result(timeout=0), slow.exception(timeout=0))
