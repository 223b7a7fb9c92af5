import threading
from concurrent.futures import ThreadPoolExecutor, CancelledError

started = threading.Event()
gate = threading.Event()

def slow():
    started.set()
    gate.wait(30)
    return "finished"

ex = ThreadPoolExecutor(1)
running = ex.submit(slow)
queued = [ex.submit(str, i) for i in range(3)]
started.wait(30)
threading.Timer(0.05, gate.set).start()
ex.shutdown(wait=True, cancel_futures=True)
print(running.result(), [q.cancelled() for q in queued], running.cancelled())
for q in queued[:1]:
    try:
        q.result()
    except CancelledError:
        print("CancelledError")
