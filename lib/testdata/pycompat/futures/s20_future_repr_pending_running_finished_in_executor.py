import re
import threading
from concurrent.futures import ThreadPoolExecutor

mask = lambda f: re.sub(r" at 0x[0-9a-f]+", "", repr(f))
started = threading.Event()
gate = threading.Event()

def slow():
    started.set()
    gate.wait(30)
    return [1]

with ThreadPoolExecutor(1) as ex:
    a = ex.submit(slow)
    b = ex.submit(str, 5)
    started.wait(30)
    print(mask(a), a.running(), a.done())
    print(mask(b), b.running(), b.done())
    gate.set()
    a.result()
    b.result()
    print(mask(a), a.running(), a.done())
    print(mask(b))
