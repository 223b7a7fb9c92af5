from concurrent.futures import ThreadPoolExecutor, wait
import threading
gate = threading.Event()
with ThreadPoolExecutor(max_workers=2) as ex:
    quick = ex.submit(lambda: 1)
    quick.result()
    slow = ex.submit(gate.wait)
    done, not_done = wait([quick, slow], timeout=0)
    print(quick in done, slow in not_done, len(done), len(not_done))
    gate.set()
    done, not_done = wait([quick, slow], timeout=5)
    print(len(done), len(not_done))
