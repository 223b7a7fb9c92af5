from concurrent.futures import ThreadPoolExecutor
import threading

started = threading.Event()
release = threading.Event()
def job():
    started.set()
    release.wait()
    return "ok"

ex = ThreadPoolExecutor(max_workers=1)
a = ex.submit(job)
b = ex.submit(job)
started.wait()
print("a:", a.running(), a.done(), "b:", b.running(), b.done())
print("cancel a:", a.cancel(), "cancel b:", b.cancel())
release.set()
print(a.result(), a.running(), a.done(), b.cancelled(), b.done())
ex.shutdown()
