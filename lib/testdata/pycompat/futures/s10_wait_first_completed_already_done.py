from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED, FIRST_EXCEPTION
import threading

gate = threading.Event()
with ThreadPoolExecutor(max_workers=2) as ex:
    a = ex.submit(lambda: "a")
    a.result()
    b = ex.submit(gate.wait)
    done, not_done = wait([a, b], timeout=5, return_when=FIRST_COMPLETED)
    print(a in done, b in not_done)
    done, not_done = wait([a, b], timeout=0.02, return_when=FIRST_EXCEPTION)
    print(len(done), len(not_done))
    gate.set()
