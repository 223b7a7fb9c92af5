from concurrent.futures import ThreadPoolExecutor
import threading

gate = threading.Event()
started = threading.Event()
ex = ThreadPoolExecutor(max_workers=1)
def first():
    started.set()
    gate.wait()
    return "first"
fs = [ex.submit(first)] + [ex.submit(str, i) for i in range(5)]
started.wait()
threading.Timer(0.05, gate.set).start()
ex.shutdown(wait=True, cancel_futures=True)
print([f.cancelled() for f in fs])
print(fs[0].result(), sum(f.done() for f in fs))
try:
    ex.submit(str, 1)
except RuntimeError as e:
    print(e)
