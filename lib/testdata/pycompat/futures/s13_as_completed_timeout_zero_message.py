import concurrent.futures as cf, threading

gate = threading.Event()
with cf.ThreadPoolExecutor(max_workers=4) as ex:
    quick = [ex.submit(lambda i=i: i) for i in range(2)]
    cf.wait(quick)
    slow = [ex.submit(gate.wait) for _ in range(3)]
    got = []
    try:
        for f in cf.as_completed(quick + slow, timeout=0):
            got.append(f.result())
    except cf.TimeoutError as e:
        print(type(e).__name__ + ":", e)
    print(sorted(got))
    try:
        for f in cf.as_completed(slow, timeout=-1):
            pass
    except cf.TimeoutError as e:
        print(type(e).__name__ + ":", e)
    gate.set()
print(len(list(cf.as_completed(quick + slow, timeout=0))))
