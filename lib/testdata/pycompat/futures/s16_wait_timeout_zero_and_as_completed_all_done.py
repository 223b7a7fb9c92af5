from concurrent.futures import ThreadPoolExecutor, wait, as_completed, FIRST_COMPLETED
import threading

gate = threading.Event()
with ThreadPoolExecutor(max_workers=3) as ex:
    done_fs = [ex.submit(pow, 2, i) for i in range(3)]
    for f in done_fs:
        f.result()
    blocked = ex.submit(gate.wait, 30)
    d, nd = wait(done_fs + [blocked], timeout=0)
    print("wait(timeout=0):", len(d), len(nd))
    d, nd = wait([blocked], timeout=0, return_when=FIRST_COMPLETED)
    print("only blocked:", len(d), len(nd))
    print(sorted(f.result() for f in as_completed(done_fs, timeout=0)))
    gate.set()
    print(blocked.result())
