import concurrent.futures as cf, threading

started = threading.Event()
gate = threading.Event()
def slow():
    started.set()
    gate.wait()
    return "slow done"

events = []
with cf.ThreadPoolExecutor(max_workers=1) as ex:
    running = ex.submit(slow)
    pending = ex.submit(lambda: "never")
    pending.add_done_callback(lambda f: events.append(("pending cb", f.cancelled())))
    running.add_done_callback(lambda f: events.append(("running cb", f.cancelled())))
    started.wait()
    print("cancel running:", running.cancel(), running.running(), running.cancelled())
    print("cancel pending:", pending.cancel(), pending.cancelled(), pending.done())
    print("events so far:", events)
    print("cancel pending again:", pending.cancel())
    gate.set()
    print(running.result())
try:
    pending.result()
except cf.CancelledError as e:
    print(type(e).__name__, repr(str(e)))
print(events)
