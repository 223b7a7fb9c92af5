from concurrent.futures import ThreadPoolExecutor, wait, ALL_COMPLETED
import threading

gate = threading.Event()
with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(lambda: 1), ex.submit(gate.wait), ex.submit(lambda: 3)]
    fs[0].result(); fs[2].result()
    done, not_done = wait(fs, timeout=0.02, return_when=ALL_COMPLETED)
    print(len(done), len(not_done), fs[1] in not_done)
    gate.set()
    done, not_done = wait(fs, timeout=10)
    print(len(done), len(not_done))
