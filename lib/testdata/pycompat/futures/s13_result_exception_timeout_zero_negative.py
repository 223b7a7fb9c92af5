import concurrent.futures as cf, threading

gate = threading.Event()
with cf.ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(gate.wait)
    for t in (0, -1, 0.02):
        try:
            f.result(timeout=t)
        except cf.TimeoutError as e:
            print("result", t, type(e).__name__, repr(str(e)))
        try:
            f.exception(timeout=t)
        except cf.TimeoutError as e:
            print("exception", t, type(e).__name__, repr(str(e)))
    gate.set()
    print(f.result(timeout=5), f.exception(timeout=0), f.result(timeout=-1))
