from concurrent.futures import ThreadPoolExecutor, TimeoutError, CancelledError
import threading

gate = threading.Event()
started = threading.Event()


def hold():
    started.set()
    gate.wait(30)
    return "held"


with ThreadPoolExecutor(max_workers=1) as ex:
    running = ex.submit(hold)
    pending = ex.submit(str, "never")
    started.wait()
    try:
        pending.result(timeout=0.1)
    except TimeoutError:
        print("pending times out:", pending.running(), pending.done())
    print("cancel pending:", pending.cancel(), "cancel running:", running.cancel())
    try:
        pending.result()
    except CancelledError:
        print("CancelledError from result()")
    try:
        pending.exception(timeout=0)
    except CancelledError:
        print("CancelledError from exception()")
    gate.set()
print(running.result(), pending.cancelled(), running.cancelled())
