from concurrent.futures import ThreadPoolExecutor, CancelledError
import threading

gate = threading.Event()
with ThreadPoolExecutor(max_workers=1) as ex:
    a = ex.submit(gate.wait)
    b = ex.submit(print, "never")
    print(b.cancel(), b.cancelled(), b.done(), b.running())
    for name, call in (("result", b.result), ("exception", b.exception)):
        try:
            call()
        except CancelledError as e:
            print(name, "raised CancelledError", repr(str(e)))
    gate.set()
print(a.result(), a.cancelled())
