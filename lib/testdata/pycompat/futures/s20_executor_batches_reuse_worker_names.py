import threading
from concurrent.futures import ThreadPoolExecutor

with ThreadPoolExecutor(2, thread_name_prefix="batch") as ex:
    names = set()
    for batch in range(3):
        fs = [ex.submit(lambda: threading.current_thread().name) for _ in range(4)]
        for f in fs:
            names.add(f.result())
    print(sorted(names) in (["batch_0"], ["batch_0", "batch_1"]))
    print(all(n.startswith("batch_") for n in names))
print(len([t for t in threading.enumerate() if t.name.startswith("batch")]))
