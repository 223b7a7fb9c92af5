from concurrent.futures import ThreadPoolExecutor, wait, FIRST_EXCEPTION
import threading

gate = threading.Event()

def boom():
    raise KeyError("k")

def blocked():
    gate.wait()
    return 1

with ThreadPoolExecutor(max_workers=2) as ex:
    fb = ex.submit(blocked)
    fe = ex.submit(boom)
    done, not_done = wait([fb, fe], return_when=FIRST_EXCEPTION)
    print(fe in done, fb in not_done, type(fe.exception()).__name__)
    gate.set()
    done, not_done = wait([fb], return_when=FIRST_EXCEPTION)
    print(len(done), len(not_done))
