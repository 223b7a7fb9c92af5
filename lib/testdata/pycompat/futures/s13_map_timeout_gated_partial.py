import concurrent.futures as cf, threading

gate = threading.Event()
def work(x):
    if x >= 2:
        gate.wait()
    return x * 10

with cf.ThreadPoolExecutor(max_workers=4) as ex:
    ready = list(ex.map(work, [0, 1]))
    print("fast ones:", ready)
    got = []
    try:
        for r in ex.map(work, [0, 1, 2, 3], timeout=1):
            got.append(r)
    except cf.TimeoutError as e:
        print(type(e).__name__, repr(str(e)), "after", got)
    gate.set()
print("done")
