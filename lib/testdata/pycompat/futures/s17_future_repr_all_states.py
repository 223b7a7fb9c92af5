import re
import threading
from concurrent.futures import ThreadPoolExecutor, Future

mask = lambda f: re.sub(r" at 0x[0-9a-f]+", "", repr(f))
gate = threading.Event()
started = threading.Event()

def run():
    started.set()
    gate.wait(30)
    return 1.5

def bad():
    raise KeyError("k")

with ThreadPoolExecutor(1) as ex:
    a = ex.submit(run)
    b = ex.submit(str, 3)
    started.wait(30)
    print(mask(a))
    print(mask(b))
    c = Future()
    c.cancel()
    print(mask(c))
    gate.set()
    a.result()
    b.result()
    print(mask(a))
    print(mask(b))
    e = ex.submit(bad)
    e.exception()
    print(mask(e))
    n = ex.submit(lambda: None)
    n.result()
    print(mask(n))
