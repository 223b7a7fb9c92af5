from concurrent.futures import ThreadPoolExecutor
import threading

gate = threading.Event()
started = threading.Event()
log = []


def hold():
    started.set()
    gate.wait(30)


with ThreadPoolExecutor(max_workers=1) as ex:
    ex.submit(hold)
    started.wait()
    queued = [ex.submit(pow, 2, i) for i in range(3)]
    for i, f in enumerate(queued):
        f.add_done_callback(lambda fut, i=i: log.append((i, fut.cancelled())))
    print("cancel:", [queued[i].cancel() for i in (0, 2)])
    print("callbacks so far:", sorted(log))
    gate.set()
print("after shutdown:", sorted(log), queued[1].result())
