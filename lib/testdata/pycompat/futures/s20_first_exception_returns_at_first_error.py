import threading
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_EXCEPTION

gate = threading.Event()

def fail():
    raise KeyError("x")

with ThreadPoolExecutor(3) as ex:
    slow = ex.submit(gate.wait, 30)
    ok = ex.submit(lambda: 5)
    ok.result()
    bad = ex.submit(fail)
    done, nd = wait([slow, ok, bad], timeout=30, return_when=FIRST_EXCEPTION)
    print(sorted(f is bad or f is ok for f in done), slow in nd, len(nd))
    print(repr(bad.exception()), bad.exception().args)
    gate.set()
    slow.result()
    done, nd = wait([slow, ok, bad], return_when=FIRST_EXCEPTION)
    print(len(done), len(nd))
