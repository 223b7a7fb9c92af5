from concurrent.futures import ThreadPoolExecutor, CancelledError
import threading

started = threading.Event()
gate = threading.Event()

def blocker():
    started.set()
    gate.wait()
    return "first"

with ThreadPoolExecutor(max_workers=1) as ex:
    a = ex.submit(blocker)
    b = ex.submit(lambda: "second")
    c = ex.submit(lambda: "third")
    started.wait()
    print(a.cancel(), b.cancel(), b.cancel())
    print(a.running(), b.cancelled(), b.done(), c.cancelled())
    gate.set()
print(a.result(), c.result())
try:
    b.result()
except CancelledError as e:
    print("CancelledError", repr(str(e)))
try:
    b.exception()
except CancelledError:
    print("exception() raises too")
