import threading
from concurrent.futures import ThreadPoolExecutor, TimeoutError, as_completed

gate = threading.Event()
with ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(lambda: "fast"), ex.submit(lambda: gate.wait(10) and "slow")]
    got = []
    try:
        for f in as_completed(fs, timeout=1.5):
            got.append(f.result())
    except TimeoutError as e:
        print("TimeoutError:", e)
    print(got)
    gate.set()
