import threading
from concurrent.futures import ThreadPoolExecutor

gate = threading.Event()
started = threading.Semaphore(0)


def blocked():
    started.release()
    gate.wait(10)
    return threading.current_thread().name


with ThreadPoolExecutor(max_workers=5) as ex:
    fs = [ex.submit(blocked) for _ in range(3)]
    for _ in fs:
        started.acquire()
    print("threads while 3 tasks block:", threading.active_count() - 1)
    gate.set()
    first = sorted(f.result() for f in fs)
    later = {ex.submit(lambda: threading.current_thread().name).result() for _ in range(4)}
    print(first)
    print("later tasks reuse them:", later <= set(first), threading.active_count() - 1)
