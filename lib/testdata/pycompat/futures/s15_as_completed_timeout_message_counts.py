import threading
from concurrent.futures import ThreadPoolExecutor, as_completed, TimeoutError

gate = threading.Event()
with ThreadPoolExecutor(3) as ex:
    fs = [ex.submit(lambda: 1), ex.submit(gate.wait), ex.submit(gate.wait)]
    fs[0].result()
    seen = 0
    try:
        for f in as_completed(fs, timeout=0.2):
            seen += 1
    except TimeoutError as e:
        print("TimeoutError:", e)
    print("seen", seen)
    gate.set()
    print(sorted(str(f.result()) for f in as_completed(fs, timeout=10)))
