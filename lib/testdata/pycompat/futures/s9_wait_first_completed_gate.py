from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED
import threading

gate = threading.Event()
with ThreadPoolExecutor(max_workers=3) as ex:
    slow = [ex.submit(gate.wait) for _ in range(2)]
    quick = ex.submit(lambda: "quick")
    done, not_done = wait(slow + [quick], return_when=FIRST_COMPLETED)
    print(len(done), len(not_done), [f.result() for f in done])
    gate.set()
