import concurrent.futures as cf, threading

gate = threading.Event()
with cf.ThreadPoolExecutor(max_workers=2) as ex:
    a = ex.submit(lambda: 1)
    b = ex.submit(gate.wait)
    a.result()
    done, not_done = cf.wait([a, b], timeout=-1)
    print(len(done), len(not_done))
    got = []
    try:
        for f in cf.as_completed([a, b], timeout=-1):
            got.append(f.result())
    except cf.TimeoutError as e:
        print("TimeoutError:", e, got)
    try:
        b.result(timeout=-1)
    except cf.TimeoutError:
        print("result TimeoutError")
    gate.set()
