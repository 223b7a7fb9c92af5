from concurrent.futures import ThreadPoolExecutor, TimeoutError
import threading

gate = threading.Event()
with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(gate.wait, 30)
    for name, call in (("result", lambda: f.result(timeout=0.1)), ("exception", lambda: f.exception(timeout=0)), ("result(-1)", lambda: f.result(timeout=-1))):
        try:
            call()
        except TimeoutError as e:
            print(name, "TimeoutError", repr(str(e)))
    print("running:", f.running(), "done:", f.done())
    gate.set()
    print(f.result(timeout=30), f.exception(timeout=0), f.result(timeout=-1))
