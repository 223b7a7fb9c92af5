from concurrent.futures import ThreadPoolExecutor
import threading

started = threading.Event()
gate = threading.Event()


def blocker():
    started.set()
    gate.wait(30)
    return "first"


ex = ThreadPoolExecutor(max_workers=1)
first = ex.submit(blocker)
queued = [ex.submit(pow, 2, i) for i in range(3)]
started.wait()
threading.Timer(0.3, gate.set).start()
ex.shutdown(wait=True, cancel_futures=True)
print(first.result(), [f.cancelled() for f in queued], [f.done() for f in queued])
try:
    queued[0].result()
except Exception as e:
    print(type(e).__name__, repr(str(e)))
