from concurrent.futures import ThreadPoolExecutor
import threading

gate = threading.Event()
started = threading.Event()

def job():
    started.set()
    gate.wait()
    return 3

with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(job)
    g = ex.submit(lambda: 4)
    started.wait()
    print(f.running(), f.done(), f.cancelled())
    print(g.running(), g.done(), g.cancelled())
    gate.set()
    print(f.result() + g.result())
    print(f.running(), f.done(), g.running(), g.done())
