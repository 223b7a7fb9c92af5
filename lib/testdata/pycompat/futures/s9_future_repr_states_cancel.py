from concurrent.futures import ThreadPoolExecutor
import re, threading

def show(f):
    print(re.sub(r" at 0x[0-9a-f]+", "", repr(f)))

gate = threading.Event()
started = threading.Event()
ex = ThreadPoolExecutor(max_workers=1)
a = ex.submit(lambda: [started.set(), gate.wait()])
b = ex.submit(lambda: 1)
started.wait()
show(a)
show(b)
b.cancel()
show(b)
gate.set()
ex.shutdown()
show(a)
