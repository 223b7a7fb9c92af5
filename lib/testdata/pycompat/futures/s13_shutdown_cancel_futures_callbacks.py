import concurrent.futures as cf, threading

started = threading.Event()
gate = threading.Event()
log = []
ex = cf.ThreadPoolExecutor(max_workers=1)
def first():
    started.set()
    gate.wait()
    return "first"
fs = [ex.submit(first)] + [ex.submit(lambda i=i: i) for i in range(3)]
for i, f in enumerate(fs):
    f.add_done_callback(lambda f, i=i: log.append((i, f.cancelled())))
started.wait()
ex.shutdown(wait=False, cancel_futures=True)
print("after shutdown:", sorted(log), [f.cancelled() for f in fs])
gate.set()
ex.shutdown(wait=True)
print("after wait:", sorted(log), fs[0].result())
