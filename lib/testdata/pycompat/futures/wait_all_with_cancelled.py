from concurrent.futures import ThreadPoolExecutor, wait, ALL_COMPLETED, FIRST_EXCEPTION
import threading

gate = threading.Event()
started = threading.Event()

def block():
    started.set()
    gate.wait()
    return 1

ex = ThreadPoolExecutor(max_workers=1)
a = ex.submit(block)
b = ex.submit(lambda: 2)
c = ex.submit(lambda: 3)
started.wait()
b.cancel()
done, not_done = wait([a, b, c], timeout=0.05, return_when=FIRST_EXCEPTION)
print(len(done), len(not_done), b in done)
gate.set()
done, not_done = wait([a, b, c], return_when=ALL_COMPLETED)
print(len(done), len(not_done), sorted(f.result() for f in done if not f.cancelled()))
ex.shutdown()
