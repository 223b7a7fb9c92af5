import concurrent.futures as cf, threading

gate = threading.Event()
started = threading.Event()
def blocker():
    started.set()
    gate.wait()
    return "first"

with cf.ThreadPoolExecutor(max_workers=1) as ex:
    f1 = ex.submit(blocker)
    f2 = ex.submit(lambda: "second")
    started.wait()
    print(f1.running(), f1.done(), f2.running(), f2.done())
    print(f1.cancel(), f2.cancel())
    print(f1.cancelled(), f2.cancelled(), f2.done())
    gate.set()
    print(f1.result())
print(f1.done(), f1.running(), f1.cancelled())
try:
    f2.result()
except cf.CancelledError:
    print("CancelledError")
