import concurrent.futures as cf, threading

gate = threading.Event()
log = []
with cf.ThreadPoolExecutor(max_workers=1) as ex:
    busy = ex.submit(gate.wait)
    queued = ex.submit(lambda: "never")
    queued.add_done_callback(lambda f: log.append(("cb", f.cancelled(), f.done())))
    print(queued.cancel(), log)
    print(queued.cancel(), len(log))
    gate.set()
try:
    queued.exception()
except cf.CancelledError:
    print("exception() raises CancelledError")
