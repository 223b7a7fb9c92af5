import threading
from concurrent.futures import ThreadPoolExecutor

names = set()
lock = threading.Lock()


def work(n):
    with lock:
        names.add(threading.current_thread().name)
    return n * n


with ThreadPoolExecutor(max_workers=4, thread_name_prefix="sq") as ex:
    total = sum(f.result() for f in [ex.submit(work, n) for n in range(100)])
print(total, 1 <= len(names) <= 4, all(n.startswith("sq_") for n in names))
