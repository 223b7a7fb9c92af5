import concurrent.futures as cf, threading

gate = threading.Event()
with cf.ThreadPoolExecutor(max_workers=2) as ex:
    a = ex.submit(lambda: "a")
    b = ex.submit(gate.wait)
    a.result()
    done, not_done = cf.wait([a, b], timeout=0)
    print(a in done, b in not_done, len(done), len(not_done))
    done, not_done = cf.wait([a], timeout=0)
    print(len(done), len(not_done))
    gate.set()
print(cf.wait([a, b], timeout=0).not_done)
