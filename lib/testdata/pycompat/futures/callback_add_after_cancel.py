from concurrent.futures import ThreadPoolExecutor
import threading

gate = threading.Event()
started = threading.Event()
calls = []

def block():
    started.set()
    gate.wait()

ex = ThreadPoolExecutor(max_workers=1)
ex.submit(block)
f = ex.submit(lambda: 1)
started.wait()
f.add_done_callback(lambda fut: calls.append(("before", fut.cancelled())))
f.cancel()
f.add_done_callback(lambda fut: calls.append(("after", fut.cancelled())))
print(calls)
gate.set()
ex.shutdown()
