import concurrent.futures as cf

seen = []
def cb(f):
    seen.append((f.running(), f.done(), f.cancelled(), f.cancelled() or f.exception() is None))

def fail():
    raise RuntimeError("x")

with cf.ThreadPoolExecutor(max_workers=2) as ex:
    ok = ex.submit(lambda: 1)
    bad = ex.submit(fail)
    cf.wait([ok, bad])
    ok.add_done_callback(cb)
    bad.add_done_callback(cb)
m = cf.Future()
m.add_done_callback(cb)
m.cancel()
print(seen)
