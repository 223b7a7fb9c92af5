import concurrent.futures as cf, threading

gate = threading.Event()
def boom():
    raise ValueError("boom")
with cf.ThreadPoolExecutor(max_workers=3) as ex:
    ok = ex.submit(lambda: 1)
    bad = ex.submit(boom)
    slow = ex.submit(gate.wait)
    ok.result()
    bad.exception()
    d, nd = cf.wait([ok, bad, slow], return_when=cf.FIRST_COMPLETED)
    print(len(d), len(nd), slow in nd)
    d, nd = cf.wait([ok, bad, slow], return_when=cf.FIRST_EXCEPTION)
    print(len(d), len(nd), bad in d)
    d, nd = cf.wait([ok, slow], timeout=0.02, return_when=cf.ALL_COMPLETED)
    print(len(d), len(nd))
    gate.set()
    d, nd = cf.wait([ok, bad, slow])
    print(len(d), len(nd))
