import threading
from concurrent.futures import ALL_COMPLETED, ThreadPoolExecutor, wait

gate = threading.Event()
with ThreadPoolExecutor(max_workers=2) as ex:
    quick = ex.submit(lambda: "quick")
    slow = ex.submit(lambda: gate.wait(10) and "slow")
    quick.result()
    done, not_done = wait([quick, slow], timeout=0.2, return_when=ALL_COMPLETED)
    print(sorted(f.result() for f in done), len(not_done), slow in not_done)
    gate.set()
    done, not_done = wait([quick, slow], timeout=10)
    print(sorted(f.result() for f in done), len(not_done))
