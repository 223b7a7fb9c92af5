from concurrent.futures import ThreadPoolExecutor
import threading

started = threading.Event()
gate = threading.Event()

def job():
    started.set()
    gate.wait()
    return 42

def states(f):
    return (f.running(), f.done(), f.cancelled())

ex = ThreadPoolExecutor(max_workers=1)
blocker = ex.submit(job)
queued = ex.submit(lambda: "queued")
started.wait()
print("running:", states(blocker))
print("pending:", states(queued))
gate.set()
print(blocker.result(), queued.result())
print("finished:", states(blocker), states(queued))
ex.shutdown()
