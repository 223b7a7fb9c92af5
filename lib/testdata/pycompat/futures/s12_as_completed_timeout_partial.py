from concurrent.futures import ThreadPoolExecutor, as_completed, TimeoutError
import threading

gate = threading.Event()
with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(lambda: "fast"), ex.submit(gate.wait), ex.submit(gate.wait)]
    got = []
    try:
        for f in as_completed(fs, timeout=1.0):
            got.append(f.result())
    except TimeoutError as e:
        print("TimeoutError:", e)
    print(got)
    gate.set()
