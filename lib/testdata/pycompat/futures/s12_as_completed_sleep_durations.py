from concurrent.futures import ThreadPoolExecutor, as_completed
import time

def task(name, secs):
    time.sleep(secs)
    return f"{name} slept {secs}"

with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(task, n, s) for n, s in [("a", 0.3), ("b", 0.1), ("c", 0.2)]]
    for f in as_completed(fs):
        print(f.result())
    print([f.result() for f in fs])
