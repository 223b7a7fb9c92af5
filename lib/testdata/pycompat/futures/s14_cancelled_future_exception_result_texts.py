import threading
from concurrent.futures import CancelledError, ThreadPoolExecutor

gate = threading.Event()
started = threading.Event()


def block():
    started.set()
    return gate.wait()


ex = ThreadPoolExecutor(max_workers=1)
blocker = ex.submit(block)
queued = ex.submit(lambda: "never")
started.wait()
print("cancel queued:", queued.cancel(), "cancel running:", blocker.cancel())
for name, call in (("exception", queued.exception), ("result", queued.result)):
    try:
        call(timeout=1)
    except CancelledError as e:
        print(name, "->", type(e).__name__, repr(str(e)))
print(queued.done(), queued.cancelled(), queued.running())
gate.set()
print("blocker:", blocker.result(), blocker.cancelled())
ex.shutdown()
