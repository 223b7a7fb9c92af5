from concurrent.futures import ThreadPoolExecutor
import re
import threading

def show(f):
    # the address changes from run to run
    print(re.sub(r" at 0x[0-9a-f]+", "", repr(f)))

gate = threading.Event()
with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(gate.wait)
    g = ex.submit(lambda: 42)
    show(g)
    gate.set()
    g.result()
    show(g)
    h = ex.submit(lambda: 1 / 0)
    h.exception()
    show(h)
    s = ex.submit(lambda: "text")
    s.result()
    show(s)
