import concurrent.futures as cf, threading

gate = threading.Event()
with cf.ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(lambda: "quick"), ex.submit(gate.wait), ex.submit(gate.wait)]
    done = []
    try:
        for f in cf.as_completed(fs, timeout=1.0):
            done.append(f.result())
    except cf.TimeoutError as e:
        print("TimeoutError:", e)
    print(done)
    gate.set()
print(sorted(str(f.result()) for f in fs))
