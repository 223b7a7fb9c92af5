from concurrent.futures import ThreadPoolExecutor
import threading
import re


def show(f):
    print(re.sub(r" at 0x[0-9a-f]+", "", repr(f)))


gate = threading.Event()
started = threading.Event()


def job():
    started.set()
    gate.wait(30)
    return {"k": 1}


with ThreadPoolExecutor(max_workers=1) as ex:
    a = ex.submit(job)
    b = ex.submit(str, 5)
    c = ex.submit(int, "x")
    started.wait()
    show(a)
    show(b)
    gate.set()
    for f in (a, b, c):
        f.exception()
        show(f)
    d = ex.submit(lambda: None)
    d.result()
    show(d)
