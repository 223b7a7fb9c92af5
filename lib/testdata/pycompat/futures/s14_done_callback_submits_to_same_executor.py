import threading
from concurrent.futures import ThreadPoolExecutor

finished = threading.Event()
results = []
ex = ThreadPoolExecutor(max_workers=2)


def step(n):
    return n * 2


def on_done(f):
    v = f.result()
    results.append(v)
    if v < 40:
        ex.submit(step, v).add_done_callback(on_done)
    else:
        finished.set()


ex.submit(step, 3).add_done_callback(on_done)
print("finished:", finished.wait(30))
ex.shutdown(wait=True)
print(results)
