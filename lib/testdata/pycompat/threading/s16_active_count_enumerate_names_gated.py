import threading

gate = threading.Event()
ready = threading.Barrier(4)


def worker():
    ready.wait()
    gate.wait()


ts = [threading.Thread(target=worker, name="w%d" % i) for i in range(3)]
print("before start:", threading.active_count(), [t.name for t in threading.enumerate()])
for t in ts:
    t.start()
ready.wait()
print("running:", threading.active_count(), sorted(t.name for t in threading.enumerate()))
print("main in enumerate:", threading.main_thread() in threading.enumerate(), threading.current_thread() is threading.main_thread())
gate.set()
for t in ts:
    t.join()
print("after join:", threading.active_count(), [t.name for t in threading.enumerate()])
