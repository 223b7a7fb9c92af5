from concurrent.futures import ThreadPoolExecutor
import threading

gate = threading.Event()
calls = []

def fail():
    gate.wait()
    raise KeyError("k")

with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(fail)
    for i in range(3):
        f.add_done_callback(lambda fut, i=i: calls.append((i, repr(fut.exception()))))
    gate.set()
    f.exception()
print(calls)
