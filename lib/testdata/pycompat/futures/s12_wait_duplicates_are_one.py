from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED
import threading
gate = threading.Event()
with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(lambda: 1)
    g = ex.submit(gate.wait)
    f.result()
    done, not_done = wait([f, f, g, g], timeout=0)
    print(len(done), len(not_done))
    done, not_done = wait([f, f, g], return_when=FIRST_COMPLETED)
    print(len(done), len(not_done))
    gate.set()
    done, not_done = wait([f, g, g, f])
    print(len(done), len(not_done))
