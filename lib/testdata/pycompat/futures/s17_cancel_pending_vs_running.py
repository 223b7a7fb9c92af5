import threading
from concurrent.futures import ThreadPoolExecutor

gate = threading.Event()
started = threading.Event()

def first():
    started.set()
    gate.wait(30)
    return "ran"

calls = []
with ThreadPoolExecutor(1) as ex:
    a = ex.submit(first)
    b = ex.submit(calls.append, "b")
    started.wait(30)
    cbs = []
    b.add_done_callback(lambda f: cbs.append(f.cancelled()))
    print(a.cancel(), b.cancel(), a.running(), b.running(), b.done())
    gate.set()
print(a.result(), b.cancelled(), calls, cbs)
