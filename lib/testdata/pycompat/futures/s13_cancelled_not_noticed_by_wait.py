import concurrent.futures as cf, threading

started = threading.Event()
gate = threading.Event()
def first():
    started.set()
    gate.wait()
    return "a"

ex = cf.ThreadPoolExecutor(max_workers=1)
a = ex.submit(first)
b = ex.submit(lambda: "b")
c = ex.submit(lambda: "c")
started.wait()
print("cancel:", b.cancel(), c.cancel(), "done():", b.done(), c.done())
done, not_done = cf.wait([b, c], timeout=0)
print("wait right after cancel:", len(done), len(not_done))
gate.set()
done, not_done = cf.wait([a, b, c], timeout=10)
print("after the worker went on:", len(done), len(not_done), a.result(), b.cancelled(), c.cancelled())
ex.shutdown()
