from concurrent.futures import ThreadPoolExecutor, CancelledError
import threading

gate = threading.Event()
ex = ThreadPoolExecutor(max_workers=1)
ex.submit(gate.wait)
f = ex.submit(lambda: 1)
print(f.cancel(), f.cancelled(), f.done(), f.running())
try:
    f.result()
except CancelledError as e:
    print("CancelledError", repr(str(e)))
try:
    f.exception()
except CancelledError:
    print("exception() CancelledError")
gate.set()
ex.shutdown()
