import threading
from concurrent.futures import CancelledError, ThreadPoolExecutor

gate = threading.Event()
started = threading.Event()


def hold():
    started.set()
    return gate.wait()


with ThreadPoolExecutor(max_workers=1) as ex:
    first = ex.submit(hold)
    started.wait()
    queued = ex.submit(pow, 2, 5)
    print("cancel queued:", queued.cancel(), "cancel again:", queued.cancel())
    print(queued.cancelled(), queued.done(), queued.running())
    for name, call in (("result", queued.result), ("exception", queued.exception)):
        try:
            call(timeout=0)
        except CancelledError as e:
            print(name, "CancelledError", repr(str(e)))
    print("cancel running:", first.cancel(), first.running())
    gate.set()
print(first.result(), first.cancelled(), first.exception())
