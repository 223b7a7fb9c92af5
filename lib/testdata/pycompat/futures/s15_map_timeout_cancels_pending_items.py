import threading
from concurrent.futures import ThreadPoolExecutor, TimeoutError

gate = threading.Event()
ran = []


def task(i):
    gate.wait()
    ran.append(i)
    return i


ex = ThreadPoolExecutor(max_workers=1)
try:
    for r in ex.map(task, range(5), timeout=0.2):
        print("got", r)
except TimeoutError as e:
    print("TimeoutError", repr(str(e)))
gate.set()
ex.shutdown(wait=True)
print("ran", ran)
