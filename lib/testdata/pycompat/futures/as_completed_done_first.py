from concurrent.futures import ThreadPoolExecutor, as_completed
import threading

gate = threading.Event()
with ThreadPoolExecutor(max_workers=2) as ex:
    slow = ex.submit(lambda: gate.wait() and "slow")
    fast = ex.submit(lambda: "fast")
    fast.result()
    it = as_completed([slow, fast])
    print(next(it).result())
    gate.set()
    print(next(it).result())
