import concurrent.futures as cf, threading

log = []
gate = threading.Event()
with cf.ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(lambda: (gate.wait(), 42)[1])
    for name in "abc":
        f.add_done_callback(lambda fut, name=name: log.append((name, fut.result())))
    gate.set()
    f.result()
print(log)
f.add_done_callback(lambda fut: log.append(("late", fut is f)))
print(log[-1])
