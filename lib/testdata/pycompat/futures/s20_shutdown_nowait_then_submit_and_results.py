import threading
from concurrent.futures import ThreadPoolExecutor

gate = threading.Event()
ex = ThreadPoolExecutor(1, thread_name_prefix="nw")
a = ex.submit(gate.wait, 30)
b = ex.submit(lambda: threading.current_thread().name)
ex.shutdown(wait=False)
try:
    ex.submit(print, "x")
except RuntimeError as e:
    print("RuntimeError:", e)
print(a.done(), b.done(), b.cancelled())
gate.set()
print(a.result(30), b.result(30))
ex.shutdown()
try:
    ex.map(str, [1])
except RuntimeError as e:
    print("RuntimeError:", e)
