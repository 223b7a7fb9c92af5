import concurrent.futures as cf, threading

print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
gate = threading.Event()
def boom():
    raise KeyError("k")
with cf.ThreadPoolExecutor(max_workers=3) as ex:
    slow = ex.submit(gate.wait)
    bad = ex.submit(boom)
    ok = ex.submit(lambda: 1)
    cf.wait([bad, ok])
    for when in (cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED):
        done, not_done = cf.wait([slow, bad, ok], timeout=0.05, return_when=when)
        print(when, len(done), len(not_done), slow in not_done)
    gate.set()
