import concurrent.futures as cf, threading

gate = threading.Event()
started = threading.Event()
def first():
    started.set()
    gate.wait()
    return 1

ex = cf.ThreadPoolExecutor(max_workers=1)
fs = [ex.submit(first)] + [ex.submit(lambda i=i: i) for i in range(2, 5)]
started.wait()
ex.shutdown(wait=False, cancel_futures=True)
print([f.cancelled() for f in fs])
gate.set()
print(fs[0].result(), [f.done() for f in fs])
try:
    ex.submit(first)
except RuntimeError as e:
    print("RuntimeError:", e)
ex.shutdown()
