import threading
from concurrent.futures import ThreadPoolExecutor

gate = threading.Event()
started = threading.Event()
ran = []


def task(i):
    if i == 0:
        started.set()
        gate.wait()
    ran.append(i)
    return i


ex = ThreadPoolExecutor(max_workers=1, thread_name_prefix="solo")
fs = [ex.submit(task, i) for i in range(6)]
started.wait()
ex.shutdown(wait=False, cancel_futures=True)
print("after shutdown:", [f.cancelled() for f in fs])
print("running:", fs[0].running(), "done:", sum(f.done() for f in fs))
gate.set()
print("result 0:", fs[0].result())
ex.shutdown(wait=True)
print("ran:", ran, "cancelled:", sum(f.cancelled() for f in fs))
