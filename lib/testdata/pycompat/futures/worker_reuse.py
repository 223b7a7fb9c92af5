from concurrent.futures import ThreadPoolExecutor
import threading

names = set()
with ThreadPoolExecutor(max_workers=2) as ex:
    for _ in range(10):
        ex.submit(lambda: threading.current_thread().name).result()
    for f in [ex.submit(lambda: threading.current_thread().name) for _ in range(10)]:
        names.add(f.result())
print(len(names) <= 2, all(n.startswith("ThreadPoolExecutor-0_") for n in names))
