import threading

gate = threading.Event()
ready = threading.Barrier(4)


def work():
    ready.wait()
    gate.wait()


ts = [threading.Thread(target=work, name=f"w{i}") for i in range(3)]
print(threading.active_count(), [t.name for t in threading.enumerate()])
for t in ts:
    t.start()
ready.wait()
print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
print(threading.main_thread() in threading.enumerate(), threading.current_thread() in threading.enumerate())
gate.set()
for t in ts:
    t.join()
print(threading.active_count(), [t.name for t in threading.enumerate()])
