from concurrent.futures import ThreadPoolExecutor
import threading

started = threading.Event()
gate = threading.Event()

def job():
    started.set()
    gate.wait()
    return "done"

with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(job)
    started.wait()
    print(f.running(), f.cancel(), f.cancelled())
    gate.set()
    print(f.result(), f.running(), f.done(), f.cancel())
