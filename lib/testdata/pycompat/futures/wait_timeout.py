from concurrent.futures import ThreadPoolExecutor, wait
import threading

gate = threading.Event()
with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(gate.wait)
    done, not_done = wait([f], timeout=0.05)
    print(len(done), len(not_done))
    gate.set()
    done, not_done = wait([f], timeout=5)
    print(len(done), len(not_done), f.result())
