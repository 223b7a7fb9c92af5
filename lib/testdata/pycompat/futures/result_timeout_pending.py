from concurrent.futures import ThreadPoolExecutor, TimeoutError
import threading

gate = threading.Event()
ex = ThreadPoolExecutor(max_workers=1)
f = ex.submit(lambda: gate.wait() and "late")
try:
    f.result(timeout=0.01)
except TimeoutError as e:
    print("result: TimeoutError", repr(str(e)))
try:
    f.exception(timeout=0.01)
except TimeoutError:
    print("exception: TimeoutError")
print(f.done())
gate.set()
print(f.result(timeout=30), f.exception(timeout=30))
ex.shutdown()
