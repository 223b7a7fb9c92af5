from concurrent.futures import ThreadPoolExecutor
import threading, re

started = threading.Event()
gate = threading.Event()
def block():
    started.set()
    gate.wait()
    return [1]

def show(f):
    print(re.sub(r" at 0x[0-9a-f]+", "", repr(f)))

with ThreadPoolExecutor(max_workers=1) as ex:
    a = ex.submit(block)
    b = ex.submit(lambda: None)
    started.wait()
    show(a); show(b)
    b.cancel()
    show(b)
    gate.set()
    a.result()
    show(a)
    c = ex.submit(lambda: 1 / 0)
    c.exception()
    show(c)
