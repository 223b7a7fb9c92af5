import threading
from concurrent.futures import (ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION,
                                ThreadPoolExecutor, wait)

print(FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)
gates = [threading.Event() for _ in range(4)]


def job(i):
    gates[i].wait()
    if i == 2:
        raise ValueError(f"bad {i}")
    return i


with ThreadPoolExecutor(4) as ex:
    fs = [ex.submit(job, i) for i in range(4)]
    r = wait(fs, timeout=0)
    print(type(r).__name__, len(r.done), len(r.not_done))
    gates[1].set()
    done, not_done = wait(fs, return_when=FIRST_COMPLETED)
    print("first completed", sorted(f.result() for f in done), len(not_done))
    gates[0].set()
    fs[0].result()
    gates[2].set()
    done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
    errs = [str(f.exception()) for f in done if f.exception()]
    print("first exception", len(done), len(not_done), errs)
    gates[3].set()
    done, not_done = wait(fs)
    print("all", len(done), len(not_done), type(done).__name__)
