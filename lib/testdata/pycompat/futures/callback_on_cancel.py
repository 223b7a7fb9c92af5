from concurrent.futures import ThreadPoolExecutor
import threading

gate = threading.Event()
seen = []
with ThreadPoolExecutor(max_workers=1) as ex:
    f1 = ex.submit(gate.wait)
    f2 = ex.submit(lambda: 1)
    f2.add_done_callback(lambda f: seen.append(f.cancelled()))
    f2.cancel()
    print(seen)
    gate.set()
