import threading
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, Future

gate = threading.Event()
with ThreadPoolExecutor(2) as ex:
    a = ex.submit(lambda: 1)
    a.result()
    b = ex.submit(gate.wait, 30)
    c = Future()
    c.cancel()
    for rw in (FIRST_COMPLETED, FIRST_EXCEPTION):
        done, nd = wait([a, a, b, c, c], timeout=5, return_when=rw)
        print(rw, len(done), len(nd), a in done, c in done, b in nd)
    done, nd = wait([a, b, b], timeout=0.05, return_when=ALL_COMPLETED)
    print(ALL_COMPLETED, len(done), len(nd))
    gate.set()
    done, nd = wait([b, b, a])
    print(len(done), len(nd), b.result())
