from concurrent.futures import ThreadPoolExecutor
import threading

started = threading.Event()
gate = threading.Event()

def job():
    started.set()
    gate.wait()
    return 3

with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(job)
    started.wait()
    print(f.running(), f.done())
    gate.set()
    f.result()
    print(f.running(), f.done(), f.cancelled())
