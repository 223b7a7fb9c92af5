from concurrent.futures import ThreadPoolExecutor
import threading

gate = threading.Event()
started = threading.Event()

def job():
    started.set()
    gate.wait()
    return "ran"

ex = ThreadPoolExecutor(max_workers=1)
running = ex.submit(job)
pending = ex.submit(lambda: "never")
started.wait()
print(running.cancel(), running.cancelled(), running.running())
print(pending.cancel(), pending.cancelled(), pending.done(), pending.running())
print(pending.cancel())
gate.set()
print(running.result(), running.cancel(), running.cancelled())
ex.shutdown()
