from concurrent.futures import ThreadPoolExecutor, wait
import threading

gate = threading.Event()
with ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(gate.wait), ex.submit(lambda: 2)]
    fs[1].result()
    done, not_done = wait(fs, timeout=0.05)
    print(len(done), len(not_done), fs[0] in not_done)
    gate.set()
