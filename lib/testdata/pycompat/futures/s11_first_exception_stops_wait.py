import concurrent.futures as cf, threading

gate = threading.Event()
def fail():
    raise RuntimeError("early failure")
with cf.ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(gate.wait), ex.submit(fail), ex.submit(gate.wait)]
    done, not_done = cf.wait(fs, return_when=cf.FIRST_EXCEPTION)
    print(len(done), len(not_done), [str(f.exception()) for f in done])
    gate.set()
