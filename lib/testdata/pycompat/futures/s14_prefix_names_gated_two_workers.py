import threading
from concurrent.futures import ThreadPoolExecutor

gate = threading.Event()
started = threading.Semaphore(0)


def task(i):
    started.release()
    gate.wait()
    return (i, threading.current_thread().name)


with ThreadPoolExecutor(max_workers=2, thread_name_prefix="dl") as ex:
    fs = [ex.submit(task, i) for i in range(4)]
    started.acquire()
    started.acquire()
    print("running:", sum(f.running() for f in fs), "pending:", sum(not f.running() and not f.done() for f in fs))
    gate.set()
    names = sorted({f.result()[1] for f in fs})
print(names)
print([f.result()[0] for f in fs])
