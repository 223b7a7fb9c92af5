from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED
import threading

gate = threading.Event()


def boom():
    raise ValueError("boom")


with ThreadPoolExecutor(max_workers=4) as ex:
    ok = ex.submit(lambda: 1)
    ok.result()
    bad = ex.submit(boom)
    bad.exception()
    blocked = ex.submit(gate.wait, 30)
    fs = [ok, bad, blocked]
    for when in (FIRST_COMPLETED, FIRST_EXCEPTION):
        done, not_done = wait(fs, return_when=when)
        print(when, len(done), len(not_done), blocked in not_done)
    done, not_done = wait(fs, timeout=0.2, return_when=ALL_COMPLETED)
    print("ALL_COMPLETED with timeout:", len(done), len(not_done))
    done, not_done = wait([ok], return_when=FIRST_EXCEPTION)
    print("no exception at all:", len(done), len(not_done))
    gate.set()
    done, not_done = wait(fs)
    print("all:", len(done), len(not_done), type(done).__name__)
