import threading
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED, Future

gate = threading.Event()
with ThreadPoolExecutor(2) as ex:
    a = ex.submit(gate.wait, 30)
    b = ex.submit(gate.wait, 30)
    done, not_done = wait([a, b], timeout=0.05, return_when=FIRST_COMPLETED)
    print(len(done), len(not_done))
    c = Future()
    c.set_result("c")
    done, not_done = wait([a, b, c], return_when=FIRST_COMPLETED)
    print([f.result() for f in done], len(not_done))
    d = Future()
    d.cancel()
    done, not_done = wait([a, d], timeout=0.1, return_when=FIRST_COMPLETED)
    print([f.cancelled() for f in done], len(not_done))
    gate.set()
print(wait([], return_when=FIRST_COMPLETED))
