from concurrent.futures import ThreadPoolExecutor, wait, FIRST_EXCEPTION
import threading

gate = threading.Event()

def fail():
    raise ValueError("early")

ex = ThreadPoolExecutor(max_workers=3)
slow = ex.submit(gate.wait)
bad = ex.submit(fail)
done, not_done = wait([slow, bad], return_when=FIRST_EXCEPTION)
print(bad in done, slow in not_done, len(done), len(not_done), repr(bad.exception()))
gate.set()
ex.shutdown()
print(slow.result())
