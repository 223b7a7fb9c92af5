import threading
import time
from concurrent.futures import ThreadPoolExecutor

gate = threading.Event()
log = []
with ThreadPoolExecutor(1) as ex:
    blocker = ex.submit(gate.wait, 30)
    while not blocker.running():
        time.sleep(0.001)
    queued = ex.submit(lambda: "never")
    queued.add_done_callback(lambda f: log.append(("cb1", f.cancelled(), threading.current_thread().name)))
    print(queued.cancel(), queued.cancel(), blocker.cancel())
    queued.add_done_callback(lambda f: log.append(("cb2", f.cancelled(), threading.current_thread().name)))
    print(log)
    gate.set()
print(blocker.result(), queued.cancelled(), blocker.cancelled(), queued.done())
