from concurrent.futures import ThreadPoolExecutor, CancelledError
import threading

gate = threading.Event()
ex = ThreadPoolExecutor(max_workers=1)
ex.submit(gate.wait)
f = ex.submit(lambda: 1)
f.cancel()
try:
    f.result()
except CancelledError as e:
    print("result: CancelledError", repr(str(e)))
try:
    f.exception()
except CancelledError:
    print("exception: CancelledError")
try:
    f.result(timeout=0)
except CancelledError:
    print("result(timeout=0): CancelledError")
gate.set()
ex.shutdown()
