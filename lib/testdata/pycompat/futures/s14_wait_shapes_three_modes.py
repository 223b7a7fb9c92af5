import threading
from concurrent.futures import (ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION,
                                ThreadPoolExecutor, wait)

gates = [threading.Event() for _ in range(3)]


def job(i):
    gates[i].wait()
    if i == 1:
        raise KeyError("k%d" % i)
    return i * 10


with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(job, i) for i in range(3)]
    gates[0].set()
    res = wait(fs, return_when=FIRST_COMPLETED)
    print(type(res).__name__, len(res.done), len(res.not_done), fs[0] in res.done)
    gates[1].set()
    done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
    print("first exception:", len(done), len(not_done), repr(fs[1].exception()))
    gates[2].set()
    done, not_done = wait(fs, return_when=ALL_COMPLETED)
    print("all:", len(done), len(not_done), sorted(f.result() for f in done if f.exception() is None))
