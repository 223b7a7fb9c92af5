import concurrent.futures as cf, threading

gate = threading.Event()
with cf.ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(lambda: (gate.wait(), "value")[1])
    for t in (0, 0.01):
        try:
            f.result(timeout=t)
        except cf.TimeoutError as e:
            print("TimeoutError", repr(str(e)), isinstance(e, TimeoutError))
    try:
        f.exception(timeout=0.01)
    except cf.TimeoutError:
        print("exception() TimeoutError")
    gate.set()
    print(f.result(timeout=10), f.exception(timeout=10))
