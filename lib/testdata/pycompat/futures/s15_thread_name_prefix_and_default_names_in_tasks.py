import threading
from concurrent.futures import ThreadPoolExecutor

b = threading.Barrier(2)


def name(_):
    b.wait(timeout=5)
    return threading.current_thread().name


with ThreadPoolExecutor(max_workers=2, thread_name_prefix="dl") as ex:
    print(sorted(set(ex.map(name, range(2)))))
with ThreadPoolExecutor(max_workers=2) as ex:
    names = sorted(set(ex.map(name, range(2))))
    print([n.split("_")[1] for n in names], all(n.startswith("ThreadPoolExecutor-") for n in names))
with ThreadPoolExecutor(max_workers=1, thread_name_prefix="") as ex:
    n = ex.submit(lambda: threading.current_thread().name).result()
    print(n.startswith("ThreadPoolExecutor-"), n.endswith("_0"))
