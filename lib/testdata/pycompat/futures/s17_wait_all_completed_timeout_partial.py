import threading
from concurrent.futures import ThreadPoolExecutor, wait

gate = threading.Event()
with ThreadPoolExecutor(2) as ex:
    quick = ex.submit(int, "5")
    slow = ex.submit(gate.wait, 30)
    quick.result()
    done, not_done = wait([quick, slow], timeout=0.05)
    print([f.result() for f in done], len(not_done), slow in not_done)
    gate.set()
    done, not_done = wait([quick, slow], timeout=30)
    print(len(done), len(not_done))
