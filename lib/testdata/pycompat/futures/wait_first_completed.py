from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED, ALL_COMPLETED
import threading

gate = threading.Event()

def quick():
    return "quick"

def blocked():
    gate.wait()
    return "blocked"

with ThreadPoolExecutor(max_workers=2) as ex:
    fb = ex.submit(blocked)
    fq = ex.submit(quick)
    done, not_done = wait([fb, fq], return_when=FIRST_COMPLETED)
    print(len(done), len(not_done), fq in done, fb in not_done)
    gate.set()
    done, not_done = wait([fb, fq], return_when=ALL_COMPLETED)
    print(len(done), len(not_done))
    print(sorted(f.result() for f in done))
