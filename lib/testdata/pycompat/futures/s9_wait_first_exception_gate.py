from concurrent.futures import ThreadPoolExecutor, wait, FIRST_EXCEPTION
import threading

gate = threading.Event()

def bad():
    raise OSError("disk")

with ThreadPoolExecutor(max_workers=3) as ex:
    slow = ex.submit(gate.wait)
    ok = ex.submit(lambda: 1)
    ok.result()
    err = ex.submit(bad)
    done, not_done = wait([slow, ok, err], return_when=FIRST_EXCEPTION)
    print(len(done), len(not_done), err in done, slow in not_done)
    print(err.exception())
    gate.set()
