from concurrent.futures import ThreadPoolExecutor, TimeoutError
import threading

gate = threading.Event()


def work(x):
    if x == 2:
        gate.wait(30)
    return x * 10


ex = ThreadPoolExecutor(max_workers=3)
got = []
try:
    for r in ex.map(work, [0, 1, 2, 3], timeout=0.4):
        got.append(r)
except TimeoutError:
    print("TimeoutError after", got)
gate.set()
ex.shutdown(wait=True)
print("shut down")
