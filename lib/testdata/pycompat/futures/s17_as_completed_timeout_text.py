import threading
from concurrent.futures import ThreadPoolExecutor, as_completed, TimeoutError

gate = threading.Event()
with ThreadPoolExecutor(4) as ex:
    fs = [ex.submit(gate.wait, 30) for _ in range(3)]
    fs.append(ex.submit(str, "x"))
    fs[-1].result()
    got = 0
    try:
        for f in as_completed(fs, timeout=0.05):
            got += 1
    except TimeoutError as e:
        print("TimeoutError:", e, got)
    gate.set()
