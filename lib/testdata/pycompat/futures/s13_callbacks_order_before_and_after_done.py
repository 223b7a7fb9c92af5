import concurrent.futures as cf, threading

gate = threading.Event()
ran = threading.Event()
log = []
with cf.ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(lambda: gate.wait() and "value")
    for name in ("first", "second", "third"):
        f.add_done_callback(lambda fut, name=name: log.append((name, fut.result())))
    f.add_done_callback(lambda fut: ran.set())
    print("before done:", log)
    gate.set()
    ran.wait()
    f.add_done_callback(lambda fut: log.append(("late", fut.done())))
    print("right after adding late:", log[-1])
print(log)
