import threading
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_EXCEPTION, ALL_COMPLETED

gate = threading.Event()

def bad():
    raise ValueError("bad one")

with ThreadPoolExecutor(3) as ex:
    ok = ex.submit(lambda: "ok")
    ok.result()
    blocked = ex.submit(gate.wait, 30)
    err = ex.submit(bad)
    done, not_done = wait([ok, blocked, err], timeout=30, return_when=FIRST_EXCEPTION)
    print(sorted(f is err or f is ok for f in done), len(done), len(not_done), blocked in not_done)
    print(type(err.exception()).__name__, err.exception())
    gate.set()
    done, not_done = wait([ok, blocked, err], return_when=ALL_COMPLETED)
    print(len(done), len(not_done), blocked.result())
